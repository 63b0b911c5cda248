package uk.beacon.platform.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.BeaconProperties;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.Role;
import uk.beacon.platform.domain.ForceReferenceCsv;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.platform.store.UserAccount;
import uk.beacon.platform.store.UserAccountStore;

/**
 * Loads reference data and accounts when Beacon starts, before it serves a request. Everything here
 * is idempotent: a second start with the same data directory adds nothing twice.
 *
 * <p>Demo profile: the demo organisations and accounts, their password from {@code
 * BEACON_DEMO_PASSWORD} or else a random one, printed on start. Any other profile: no default
 * passwords; the first administrator comes from {@code BEACON_ADMIN_PASSWORD}, and a database that
 * holds demo accounts is refused.
 */
@Component
class StartupData implements SmartInitializingSingleton {

    static final String FORCES_FILE = "reference/forces.csv";
    static final String BEACON_ORGANISATION = "beacon";
    static final List<String> DEMO_FORCES = List.of("city-of-london", "metropolitan");
    static final String DEMO_PASSWORD_FILE = "demo-password.txt";

    private static final Logger log = LoggerFactory.getLogger(StartupData.class);

    private final OrganisationStore organisations;
    private final UserAccountStore accounts;
    private final PasswordEncoder passwordEncoder;
    private final BeaconProperties properties;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    StartupData(OrganisationStore organisations, UserAccountStore accounts, PasswordEncoder passwordEncoder,
            BeaconProperties properties, AuditLog audit, TransactionTemplate transaction) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            loadForces();
            organisations.save(new Organisation(BEACON_ORGANISATION, "Beacon service administration",
                    OrganisationKind.NATIONAL_BODY, null, null, null, null));
            if (properties.demo().enabled()) {
                loadDemo();
            } else {
                checkProduction();
            }
        });
    }

    private void loadForces() {
        try (InputStream in = new ClassPathResource(FORCES_FILE).getInputStream()) {
            int changed = 0;
            for (Organisation force : ForceReferenceCsv.read(FORCES_FILE, in)) {
                changed += organisations.save(force) ? 1 : 0;
            }
            if (changed > 0) {
                log.info("Reference data: {} police force(s) added or updated from {}", changed, FORCES_FILE);
                audit.record("system", null, "reference-data.load", FORCES_FILE, changed + " forces added or updated");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FORCES_FILE, e);
        }
    }

    private void checkProduction() {
        int demoAccounts = accounts.countDemoAccounts();
        if (demoAccounts > 0) {
            throw new IllegalStateException("This database holds " + demoAccounts + " demo account(s) with a known "
                    + "password. Beacon refuses to start outside the demo profile with them: use a fresh database.");
        }
        if (accounts.countWithRole(Role.ADMINISTRATOR) > 0) {
            return;
        }
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("There is no administrator yet. Set BEACON_ADMIN_PASSWORD to create the "
                    + "first administrator, 'admin'.");
        }
        if (password.length() < 12) {
            throw new IllegalStateException("BEACON_ADMIN_PASSWORD must be at least 12 characters long.");
        }
        accounts.create("admin", "Administrator", passwordEncoder.encode(password), BEACON_ORGANISATION, false,
                Set.of(Role.ADMINISTRATOR));
        audit.record("system", BEACON_ORGANISATION, "account.create", "user/admin", "first administrator");
        log.info("Created the first administrator, 'admin', with the password from BEACON_ADMIN_PASSWORD");
    }

    private void loadDemo() {
        organisations.save(new Organisation("national", "National Policing Transformation Board (demo)",
                OrganisationKind.NATIONAL_BODY, null, null, null, null));
        organisations.save(new Organisation("demo-supplier", "Demo Supplier Ltd (demo)", OrganisationKind.SUPPLIER,
                null, null, null, null));

        DemoPassword password = demoPassword();
        List<String> created = new ArrayList<>();
        String hash = null;
        for (DemoAccount account : demoAccounts()) {
            var stored = accounts.findByUsername(account.username());
            if (stored.isEmpty()) {
                hash = hash != null ? hash : passwordEncoder.encode(password.value());
                String organisationName = organisations.findById(account.organisationId())
                        .map(Organisation::name).orElse(account.organisationId());
                accounts.create(account.username(), account.roleName() + ", " + organisationName, hash,
                        account.organisationId(), true, Set.of(account.role()));
                created.add(account.username());
            } else if (password.fromEnvironment() && !matches(password.value(), stored.get())) {
                hash = hash != null ? hash : passwordEncoder.encode(password.value());
                accounts.updatePasswordHash(account.username(), hash);
            }
        }
        if (!created.isEmpty()) {
            audit.record("system", null, "account.create", "demo accounts", String.join(", ", created));
        }
        printDemoAccounts(password);
    }

    private boolean matches(String password, UserAccount account) {
        return passwordEncoder.matches(password, account.passwordHash());
    }

    static List<DemoAccount> demoAccounts() {
        List<DemoAccount> list = new ArrayList<>();
        for (String force : DEMO_FORCES) {
            list.add(new DemoAccount("analyst." + force, "Analyst", force, Role.ANALYST));
            list.add(new DemoAccount("planner." + force, "Planner", force, Role.PLANNER));
            list.add(new DemoAccount("reviewer." + force, "Reviewer", force, Role.REVIEWER));
            list.add(new DemoAccount("approver." + force, "Approver", force, Role.APPROVER));
        }
        list.add(new DemoAccount("coordinator.national", "National coordinator", "national",
                Role.NATIONAL_COORDINATOR));
        list.add(new DemoAccount("supplier.demo", "Supplier representative", "demo-supplier",
                Role.SUPPLIER_REPRESENTATIVE));
        list.add(new DemoAccount("admin", "Administrator", BEACON_ORGANISATION, Role.ADMINISTRATOR));
        return list;
    }

    /**
     * The environment's password when set; else the one saved beside the database when the demo
     * accounts were made; else a new random one, saved there so that it is not lost with the log.
     */
    private DemoPassword demoPassword() {
        String fromEnvironment = properties.demo().password();
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DemoPassword(fromEnvironment, true, "BEACON_DEMO_PASSWORD");
        }
        Path file = properties.dataDir().resolve(DEMO_PASSWORD_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return new DemoPassword(Files.readString(file, StandardCharsets.UTF_8).strip(), false, file.toString());
            }
            String random = randomPassword();
            Files.createDirectories(properties.dataDir());
            Files.writeString(file, random + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("{} keeps the file system's default permissions", file);
            }
            return new DemoPassword(random, false, "generated now and saved in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the demo password file " + file, e);
        }
    }

    static String randomPassword() {
        // No look-alike characters (0/O, 1/l/I), so the password can be read off a console and typed.
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private void printDemoAccounts(DemoPassword password) {
        StringBuilder text = new StringBuilder("\n\n  Beacon demo accounts\n  --------------------\n");
        for (DemoAccount account : demoAccounts()) {
            text.append(String.format("  %-28s %-20s %s%n", account.username(), account.organisationId(),
                    account.role().label()));
        }
        if (password.fromEnvironment()) {
            text.append("\n  Password: the value of BEACON_DEMO_PASSWORD\n");
        } else {
            text.append("\n  Password: ").append(password.value()).append("   (").append(password.source())
                    .append("; set BEACON_DEMO_PASSWORD to choose your own)\n");
        }
        log.info(text.toString());
    }

    record DemoAccount(String username, String roleName, String organisationId, Role role) {
    }

    private record DemoPassword(String value, boolean fromEnvironment, String source) {
    }
}
