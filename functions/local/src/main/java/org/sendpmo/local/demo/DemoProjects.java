package org.sendpmo.local.demo;

import java.util.EnumSet;
import java.util.List;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectStage;
import static org.sendpmo.project.ImprovementArea.*;

/**
 * The 48 canonical projects of shared/domain/domain-facts.md §3.3 with their Operational Group
 * (0 where the project is on no Jan-23 list) and the improvement areas Part C maps them to.
 * The sources name no people, only the Operational Groups' accountable roles (§4.1), so each project's lead is the
 * demo user for its role ({@link DemoUsers}), except P01 to P03, led by the demo {@code lead}: every demo project's
 * lead is someone who can sign in, as the registry requires.
 */
public final class DemoProjects {

    private DemoProjects() {
    }

    public static List<Project> all() {
        return List.of(
            p("P01", "Prioritisation Annual Review cases – AR backlog prioritisation Phase 1", 3, "AD Specialist Children's Services", C1, C3, C4, C6, C7, C9),
            p("P02", "Review of Special Schools", 2, "Director for Education and SEN", C1, C2, C3, C4, C5, C9),
            p("P03", "Speech, Language and Communication Needs (SLCN) transformation", 1, "Director for Integrated Children's Services", C2, C3, C4, C8, C9),
            p("P04", "Balanced System Commissioning Framework (SLCN)", 1, "Director for Integrated Children's Services", C1, C3, C4, C7, C8),
            p("P05", "Social, Emotional and Mental Health (SEMH) Deep Dive", 0, "SEND Transformation Programme Manager", C1, C2, C5, C8, C9),
            p("P06", "Hospital Schools", 1, "Director for Integrated Children's Services", C1, C2, C5, C8, C9),
            p("P07", "EHCP – options to increase capacity in writing, reviewing, amending or ceasing", 3, "AD Specialist Children's Services", C1, C5, C6, C7, C9),
            p("P08", "Review of the CATIE", 2, "Director for Education and SEN", C1, C2, C5, C7, C9),
            p("P09", "Specialist Resource Provision Review", 2, "Director for Education and SEN", C1, C2, C5, C7, C9),
            p("P10", "Communications and engagement strategy", 3, "AD Specialist Children's Services", C1, C2, C3, C6, C7),
            p("P11", "Mainstream Core Standards for parents & Family Engagement Award", 0, "SEND Transformation Programme Manager", C1, C2, C3, C5),
            p("P12", "Inclusion Leadership Service", 2, "Director for Education and SEN", C1, C2, C5, C9),
            p("P13", "Pathways to Independence – Sufficiency planning", 1, "Director for Integrated Children's Services", C1, C2, C6, C9),
            p("P14", "Review of Phase Transfer process", 3, "AD Specialist Children's Services", C1, C2, C5, C9),
            p("P15", "Locality based resources", 2, "Director for Education and SEN", C1, C2, C5, C9),
            p("P16", "Transition charter", 2, "Director for Education and SEN", C1, C2, C5, C9),
            p("P17", "Decision-making process for EHCNAs", 3, "AD Specialist Children's Services", C1, C2, C6, C7),
            p("P18", "Mainstream Schools core training offer", 0, "SEND Transformation Programme Manager", C1, C2, C5),
            p("P19", "Specialist Teaching and Learning Service (STLS) / LIFT Review", 2, "Director for Education and SEN", C1, C2, C5),
            p("P20", "Mainstream Core Standards training for Teachers and Governors", 0, "SEND Transformation Programme Manager", C1, C2, C5),
            p("P21", "Autism Education Trust Training and Strategy", 2, "Director for Education and SEN", C1, C2, C5),
            p("P22", "Early Years Review", 2, "Director for Education and SEN", C1, C2, C5),
            p("P23", "Thrive", 1, "Director for Integrated Children's Services", C1, C4, C8),
            p("P24", "SEN redesign implementation phase", 2, "Director for Education and SEN", C1, C6, C7),
            p("P25", "Quality Assurance Audit and Moderation Cycle", 0, "SEND Transformation Programme Manager", C1, C6, C9),
            p("P26", "Prioritisation Annual Review cases 16/19 INMISS transition", 3, "AD Specialist Children's Services", C1, C4, C5),
            p("P27", "Whole school nurture service", 2, "Director for Education and SEN", C2, C3, C5),
            p("P28", "CATIE Survey linked to Family Engagement Award", 3, "AD Specialist Children's Services", C1, C2, C3),
            p("P29", "Process Improvements for Annual Reviews", 3, "AD Specialist Children's Services", C2, C6, C9),
            p("P30", "Local Inclusion Forum Teams (LIFT) Executive ToR Review", 2, "Director for Education and SEN", C2, C5, C9),
            p("P31", "SEN therapies EHCP Section F integrated Therapy review", 1, "Director for Integrated Children's Services", C4, C6, C9),
            p("P32", "Joint funded placement review", 1, "Director for Integrated Children's Services", C4, C5, C9),
            p("P33", "Year R Pilots", 2, "Director for Education and SEN", C1, C2),
            p("P34", "MI & Systems SEND change workstream", 1, "Director for Integrated Children's Services", C1, C6),
            p("P35", "SEND Handbook", 3, "AD Specialist Children's Services", C1, C2),
            p("P36", "Supported employment offer for mainstream schools", 2, "Director for Education and SEN", C1, C5),
            p("P37", "Customer experience within EHCNAs", 3, "AD Specialist Children's Services", C1, C6),
            p("P38", "Timescales & workload of EHCNAs", 3, "AD Specialist Children's Services", C1, C6),
            p("P39", "School resource directory", 3, "AD Specialist Children's Services", C2, C5),
            p("P40", "NMISS Dynamic Purchasing System", 1, "Director for Integrated Children's Services", C5, C9),
            p("P41", "Internal Tuition", 1, "Director for Integrated Children's Services", C5, C9),
            p("P42", "External Tuition", 1, "Director for Integrated Children's Services", C5, C9),
            p("P43", "SEN therapies qualified provider list", 1, "Director for Integrated Children's Services", C5, C9),
            p("P44", "Set up of the Enquiries Hub", 3, "AD Specialist Children's Services", C1),
            p("P45", "SEN Sufficiency Plan", 2, "Director for Education and SEN", C1),
            p("P46", "16-19 Review Implementation / Pathways for All", 1, "Director for Integrated Children's Services", C1),
            p("P47", "CATIE Dashboard", 1, "Director for Integrated Children's Services", C2),
            p("P48", "Safety Valve Resourcing", 0, "SEND Transformation Programme Manager", C7));
    }

    private static final java.util.Set<String> LED_BY_THE_DEMO_LEAD = java.util.Set.of(DemoUsers.LEAD.projects().split(","));

    private static Project p(String id, String name, int group, String role, ImprovementArea... areas) {
        EnumSet<ImprovementArea> set = EnumSet.noneOf(ImprovementArea.class);
        set.addAll(List.of(areas));
        DemoUsers.User lead = LED_BY_THE_DEMO_LEAD.contains(id) ? DemoUsers.LEAD : DemoUsers.leadFor(role);
        return new Project(id, name, "", group, set, java.util.Set.of(), lead.name(), lead.username(),
                ProjectStage.IMPLEMENTATION, null, null, java.util.Set.of(), null);
    }
}
