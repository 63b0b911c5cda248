package uk.beacon.capacity.domain.staffing;

/**
 * Abstraction (shrinkage): the shares of rostered time that people are not available for the work,
 * which turn the number needed on duty into the number to roster: {@code rostered = on duty / (1 − total)}.
 * Each is a share of contracted working time, 0 to less than 1.
 */
public record Shrinkage(double leave, double training, double sickness, double court, double other) {

    /**
     * Starting figures, each a share of 260 working days a year (see {@code capacity/README.md}):
     * <ul>
     *   <li>leave 12.7%: annual leave of 22 to 30 days by length of service under the Police
     *       Regulations 2003 (Annex O), taken as 25, plus 8 public holidays: 33 / 260;</li>
     *   <li>sickness 4.0%: 10.4 days per officer a year, the national average the Home Office gave
     *       Parliament (written answer, 20 July 2004): 10.4 / 260;</li>
     *   <li>training 3.8% (10 days a year), court 1.0% and other 2.0% (restrictions, events, mutual
     *       aid): Beacon's assumptions, for a force to replace with its own HR figures.</li>
     * </ul>
     */
    public static Shrinkage defaults() {
        return new Shrinkage(0.127, 0.038, 0.040, 0.010, 0.020);
    }

    public double total() {
        return leave + training + sickness + court + other;
    }

    /** People to roster for {@code onDuty} on duty. */
    public double rostered(double onDuty) {
        return onDuty / (1 - total());
    }

    public void check() {
        double[] parts = {leave, training, sickness, court, other};
        String[] names = {"leave", "training", "sickness", "court", "other"};
        for (int i = 0; i < parts.length; i++) {
            if (!(parts[i] >= 0 && parts[i] < 1)) {
                throw new IllegalArgumentException("Shrinkage for " + names[i] + " must be from 0% to less than 100%");
            }
        }
        if (!(total() < 0.9)) {
            throw new IllegalArgumentException("Shrinkage adds up to 90% or more; nobody would be left on duty");
        }
    }
}
