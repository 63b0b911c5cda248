package uk.beacon.capacity.domain.shifts;
import java.util.List;
public class ScratchScip {
    public static void main(String[] a) {
        ShiftDesigner.loadNativeLibraries();
        ShiftRules r = ShiftRules.of(ShiftRequirementProfiles.responseProfile(20, 80), List.of(8, 10, 12), null, 5, 0);
        long t = System.nanoTime();
        long mip = ShiftDesignerMatchesIndependentSolverTest.independentOptimum(r);
        System.out.printf("scip %d %.1fs%n", mip, (System.nanoTime()-t)/1e9);
    }
}
