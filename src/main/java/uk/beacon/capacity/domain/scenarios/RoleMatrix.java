package uk.beacon.capacity.domain.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each work type (the demand module's codes), the roles and channels that can do it. Police
 * officers can do every kind of work, so they are always included; a work type the matrix does not
 * list is for officers only until a force adds it.
 *
 * @param roles work type code to the roles that can do it
 */
public record RoleMatrix(Map<String, Set<Role>> roles) {

    /** Why the shipped matrix says what it says, one line per work type (also in {@code capacity/README.md}). */
    public static final Map<String, String> DEFAULT_BASIS;

    private static final String ARREST = "Arrest without warrant is a constable's power (Police and Criminal "
            + "Evidence Act 1984, s.24); PCSOs and police staff have only the powers designated to them under the "
            + "Police Reform Act 2002 (s.38 and Schedule 4), which do not include it.";
    private static final String RCRP = "Right Care, Right Person national partnership agreement (Home Office, "
            + "NPCC, DHSC and others, July 2023): where there is no real and immediate risk to life or of serious "
            + "harm and no crime, health and social care services, not the police, respond.";

    private static final Map<String, Set<Role>> DEFAULTS;

    static {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        Map<String, String> basis = new LinkedHashMap<>();
        put(roles, basis, "VIOLENT_CRIME", ARREST + " Beacon assumption: officers only.",
                Role.POLICE_OFFICER);
        put(roles, basis, "ACQUISITIVE_CRIME", "Beacon assumption: police staff investigators can be designated "
                + "with investigating powers (Police Reform Act 2002, Schedule 4 Part 2), and volume crime without a "
                + "suspect can be reported online (the national Single Online Home service).",
                Role.POLICE_OFFICER, Role.POLICE_STAFF, Role.ONLINE);
        put(roles, basis, "OTHER_CRIME", "Beacon assumption: as acquisitive crime, staff investigators and "
                + "online reporting for crime without a suspect.", Role.POLICE_OFFICER, Role.POLICE_STAFF, Role.ONLINE);
        put(roles, basis, "ANTI_SOCIAL_BEHAVIOUR", "PCSOs can be designated to deal with anti-social behaviour "
                + "(Police Reform Act 2002, Schedule 4 Part 1); online reporting of non-urgent anti-social behaviour "
                + "is a Beacon assumption.", Role.POLICE_OFFICER, Role.PCSO, Role.ONLINE);
        put(roles, basis, "CONCERN_FOR_SAFETY", RCRP, Role.POLICE_OFFICER, Role.PARTNER_AGENCY);
        put(roles, basis, "MENTAL_HEALTH", RCRP, Role.POLICE_OFFICER, Role.PARTNER_AGENCY);
        put(roles, basis, "MISSING_PERSONS", RCRP + " It covers people who walk out of health settings. "
                + "Police staff missing-person coordinators are a Beacon assumption.",
                Role.POLICE_OFFICER, Role.POLICE_STAFF, Role.PARTNER_AGENCY);
        put(roles, basis, "ROAD_TRAFFIC", "PCSOs can be designated to direct traffic (Police Reform Act 2002, "
                + "Schedule 4 Part 1); online reporting of collisions without injury is a Beacon assumption.",
                Role.POLICE_OFFICER, Role.PCSO, Role.ONLINE);
        put(roles, basis, "PUBLIC_ORDER", ARREST + " Beacon assumption: officers only.", Role.POLICE_OFFICER);
        put(roles, basis, "PROACTIVE", "Beacon assumption: patrol and neighbourhood engagement are work PCSOs "
                + "do as well as officers.", Role.POLICE_OFFICER, Role.PCSO);
        put(roles, basis, "ADMINISTRATIVE_OTHER", "Beacon assumption: administration needs no police powers, "
                + "so police staff and online services can do it.", Role.POLICE_OFFICER, Role.POLICE_STAFF,
                Role.ONLINE);
        put(roles, basis, "UNMAPPED", "Beacon assumption: work not yet mapped to a type stays with officers.",
                Role.POLICE_OFFICER);
        DEFAULTS = Collections.unmodifiableMap(roles);
        DEFAULT_BASIS = Collections.unmodifiableMap(basis);
    }

    private static void put(Map<String, Set<Role>> roles, Map<String, String> basis, String workType,
            String why, Role... who) {
        roles.put(workType, Collections.unmodifiableSet(EnumSet.of(who[0], who)));
        basis.put(workType, why);
    }

    public RoleMatrix {
        Map<String, Set<Role>> copy = new LinkedHashMap<>();
        if (roles != null) {
            roles.forEach((workType, who) -> {
                EnumSet<Role> set = EnumSet.of(Role.POLICE_OFFICER);
                if (who != null) {
                    who.stream().filter(java.util.Objects::nonNull).forEach(set::add);
                }
                copy.put(workType, Collections.unmodifiableSet(set));
            });
        }
        roles = Collections.unmodifiableMap(copy);
    }

    /** The shipped matrix; see {@link #DEFAULT_BASIS} for why. */
    public static RoleMatrix defaults() {
        return new RoleMatrix(DEFAULTS);
    }

    /** The roles that can do this work type; officers only for one the matrix does not list. */
    public Set<Role> rolesFor(String workType) {
        Set<Role> who = roles.get(workType);
        return who == null ? EnumSet.of(Role.POLICE_OFFICER) : who;
    }

    public boolean canDo(String workType, Role role) {
        return rolesFor(workType).contains(role);
    }

    /** The work types listed, in order. */
    public List<String> workTypes() {
        return new ArrayList<>(roles.keySet());
    }

    /** Throws {@link ScenarioException} naming the field at fault. */
    public void check() {
        if (roles.size() > 200) {
            throw new ScenarioException("roles", "The matrix can list at most 200 work types");
        }
        for (String workType : roles.keySet()) {
            if (workType == null || !workType.matches("[A-Za-z0-9_ -]{1,60}")) {
                throw new ScenarioException("roles", "Each work type must be 1 to 60 letters, digits, spaces, "
                        + "hyphens or underscores");
            }
        }
    }
}
