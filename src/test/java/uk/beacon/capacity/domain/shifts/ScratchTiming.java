package uk.beacon.capacity.domain.shifts;
import java.time.Duration;
import java.util.List;
public class ScratchTiming {
    public static void main(String[] a) {
        ShiftDesigner.loadNativeLibraries();
        ShiftRules r7 = ShiftRules.of(ShiftRequirementProfiles.responseProfile(4, 20), List.of(8, 10, 12), List.of(6, 7, 14, 15, 22, 23), 6, 0);
        ShiftRules r9 = ShiftRules.of(ShiftRequirementProfiles.responseProfile(5, 25), List.of(8, 10, 12), List.of(6, 7, 14, 15, 22, 23), 3, 2);
        for (ShiftRules r : List.of(r7, r9)) {
            long t = System.nanoTime();
            ShiftDesign d = new ShiftDesigner().design(r, new ShiftDesigner.Limits(Duration.ofSeconds(30), Integer.getInteger("w", 2)), null);
            System.out.printf("cpsat %d optimal %s bound %.0f %.1fs%n", d.paidHours(), d.optimal(), d.lowerBound(), (System.nanoTime()-t)/1e9);
            if (Boolean.getBoolean("noscip")) continue; t = System.nanoTime();
            long mip = ShiftDesignerMatchesIndependentSolverTest.independentOptimum(r);
            System.out.printf("scip %d %.1fs%n", mip, (System.nanoTime()-t)/1e9);
        }
    }
}
