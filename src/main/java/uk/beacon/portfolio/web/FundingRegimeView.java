package uk.beacon.portfolio.web;

import static uk.beacon.platform.format.Numbers.decimal;
import static uk.beacon.platform.format.Numbers.pence;
import static uk.beacon.platform.format.Numbers.pounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.beacon.portfolio.service.FundingRegimeResult;

/**
 * A funding-regimes result for the page: the chart (bars of NPSV, present value of benefits and money lapsed for
 * both regimes, drawn as SVG with sizes as attributes so that no inline style is needed), the rows of the table
 * that holds the same numbers, and the rows of the table of where each year's money went, regime by regime, with
 * each regime's whole period.
 */
record FundingRegimeView(FundingRegimeResult result, Chart chart, List<Row> rows, List<YearRow> years,
        String headline, String npsvLost, String npsvLostRange, String moneyLapsed, String benefitsLost,
        String descoped, String delayed) {

    record Row(String id, String measure, String inYear, String inYearRange, String envelope, String difference) {
    }

    /** One year of one regime (or its whole period, {@code total}), money to the penny. */
    record YearRow(String id, String label, boolean total, String budget, String broughtForward, String envelope,
            String spent, String lapsed, String carriedForward, String unallocated) {
    }

    record Bar(String label, String value, int labelY, int barY, double width, double valueX, int valueY,
            String fill) {
    }

    record Chart(String description, int width, int height, int barHeight, List<Bar> bars) {
    }

    static final int WIDTH = 560;
    static final int LONGEST_BAR = 380;
    static final int BAR_HEIGHT = 18;

    static FundingRegimeView of(FundingRegimeResult result) {
        FundingRegimeResult.Regime in = result.inYear();
        FundingRegimeResult.Regime env = result.envelope();
        List<Row> rows = List.of(
                money("npsv", "Net present social value", in.npsv(), env.npsv()),
                money("pv-benefits", "Present value of benefits", in.presentValueBenefits(),
                        env.presentValueBenefits()),
                money("benefits", "Benefits delivered (undiscounted)", in.benefits(), env.benefits()),
                money("spent", "Money spent", in.spent(), env.spent()),
                money("lapsed", "Money lapsed", in.moneyLapsed(), env.moneyLapsed()),
                money("unallocated", "Money unallocated (no planned work left to use it)", in.moneyUnallocated(),
                        env.moneyUnallocated()),
                count("descoped", "Initiatives descoped", in.initiativesDescoped(), env.initiativesDescoped()),
                count("delayed", "Initiatives finished late", in.initiativesDelayed(), env.initiativesDelayed()),
                count("unfinished", "Initiatives not finished", in.initiativesUnfinished(),
                        env.initiativesUnfinished()));
        double[][] pairs = {{in.npsv().mean(), env.npsv().mean()},
                {in.presentValueBenefits().mean(), env.presentValueBenefits().mean()},
                {in.moneyLapsed().mean(), env.moneyLapsed().mean()}};
        String[] names = {"Net present social value", "Present value of benefits", "Money lapsed"};
        double max = 0;
        for (double[] pair : pairs) {
            max = Math.max(max, Math.max(pair[0], pair[1]));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (int k = 0; k < pairs.length; k++) {
            for (int regime = 0; regime < 2; regime++) {
                double value = pairs[k][regime];
                double width = max <= 0 || value <= 0 ? 0 : Math.round(10.0 * LONGEST_BAR * value / max) / 10.0;
                if (value > 0 && width < 1) {
                    width = 1;
                }
                String label = names[k] + (regime == 0 ? ", in-year funding" : ", multi-year envelope");
                bars.add(new Bar(label, pounds(value), y + 14, y + 20, width, width + 6, y + 34,
                        regime == 0 ? "#d4351c" : "#1d70b8"));
                y += 44;
            }
            y += 12;
        }
        Chart chart = new Chart("Mean over " + String.format(Locale.ROOT, "%,d", result.runs()) + " runs: net present "
                + "social value, present value of benefits and money lapsed, in-year funding against a multi-year "
                + "envelope. The table below has the same numbers.", WIDTH, y + 4, BAR_HEIGHT, bars);
        FundingRegimeResult.Difference d = result.difference();
        double lost = d.npsvLost().mean();
        String headline = lost >= 0.5 ? "In-year funding loses " + pounds(lost) + " of net present social value"
                : lost <= -0.5 ? "In-year funding gains " + pounds(-lost) + " of net present social value"
                : "In-year funding loses no net present social value";
        List<YearRow> years = new ArrayList<>();
        addYears(years, "in-year", "In-year funding", in);
        addYears(years, "envelope", "Multi-year envelope", env);
        return new FundingRegimeView(result, chart, rows, years, headline, pounds(lost),
                pounds(d.npsvLost().p5()) + " to " + pounds(d.npsvLost().p95()), pounds(d.moneyLapsed().mean()),
                pounds(d.benefitsLost().mean()), decimal1(in.initiativesDescoped().mean()),
                decimal1(in.initiativesDelayed().mean()));
    }

    private static void addYears(List<YearRow> rows, String id, String name, FundingRegimeResult.Regime regime) {
        for (FundingRegimeResult.Account account : regime.years()) {
            rows.add(yearRow(id + "-" + account.year(), name + ": year " + account.year(), false, account));
        }
        rows.add(yearRow(id + "-all", name + ": all " + regime.years().size() + " years", true,
                regime.wholePeriod()));
    }

    private static YearRow yearRow(String id, String label, boolean total, FundingRegimeResult.Account account) {
        return new YearRow(id, label, total, pence(account.budget()), pence(account.broughtForward()),
                pence(account.envelope()), pence(account.spent()), pence(account.lapsed()),
                pence(account.carriedForward()), pence(account.unallocated()));
    }

    private static Row money(String id, String measure, FundingRegimeResult.Figure in,
            FundingRegimeResult.Figure envelope) {
        return new Row(id, measure, pounds(in.mean()), pounds(in.p5()) + " to " + pounds(in.p95()),
                pounds(envelope.mean()), pounds(in.mean() - envelope.mean()));
    }

    private static Row count(String id, String measure, FundingRegimeResult.Figure in,
            FundingRegimeResult.Figure envelope) {
        return new Row(id, measure, decimal1(in.mean()), decimal1(in.p5()) + " to " + decimal1(in.p95()),
                decimal1(envelope.mean()), decimal1(in.mean() - envelope.mean()));
    }



    private static String decimal1(double value) {
        return decimal(value, 1);
    }
}
