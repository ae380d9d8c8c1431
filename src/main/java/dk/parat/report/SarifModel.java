package dk.parat.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of SARIF 2.1.0 that parat writes. Jackson writes a record's components in their
 * order here; the optional ones are left out when null, as GitHub code scanning expects.
 */
final class SarifModel {

  private SarifModel() {}

  record Log(@JsonProperty("$schema") String schema, String version, List<RunJson> runs) {}

  record RunJson(Tool tool, AutomationDetails automationDetails, String columnKind, List<Result> results,
      RunProperties properties) {}

  /**
   * What besides parat's own verdicts shaped the run, as in the JSON report: the run's sources,
   * and each plan's answers file and waivers.
   */
  record RunProperties(JsonReportModel.Sources paratSources, List<PlanSources> paratPlans) {}

  record PlanSources(String path, JsonReportModel.PlanSources sources) {}

  record Tool(Driver driver) {}

  record Driver(String name, String version, String semanticVersion, List<Rule> rules) {}

  record AutomationDetails(String id) {}

  record Rule(String id, String name, Message shortDescription, Message fullDescription, Help help,
      @JsonInclude(JsonInclude.Include.NON_NULL) String helpUri, Configuration defaultConfiguration,
      RuleProperties properties) {}

  record Message(String text) {}

  record Help(String text, String markdown) {}

  record Configuration(String level) {}

  record RuleProperties(List<String> tags, String chapter, int page) {}

  record Result(String ruleId, int ruleIndex, String level, Message message, List<Location> locations,
      PartialFingerprints partialFingerprints, ResultProperties properties,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<Suppression> suppressions) {}

  record Location(PhysicalLocation physicalLocation) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri) {}

  record Region(int startLine) {}

  record PartialFingerprints(@JsonProperty("paratItemSection/v1") String itemSection) {}

  /**
   * @param answeredBy who set the status in an interview; null, and left out with the other answer
   *     fields, when nobody did
   * @param answersFile the file the answer is kept in
   * @param waiver the file and line of a waiver on the item, active or expired ("plan.md:4"), or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ResultProperties(String status, String paratStatus, double weight, String answeredBy, String answeredAt,
      String answersFile, Boolean answerStale, String waiver) {}

  /** @param location where the waiver that suppresses the result is written: its file and line */
  record Suppression(String kind, String status, String justification, Location location) {}
}
