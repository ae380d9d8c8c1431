package dk.parat.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.Map;

/**
 * A {@code .parat.yaml} as written. Every key is optional; command-line options and
 * {@code PARAT_*} environment variables take precedence over it.
 */
public record ConfigFile(
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> checklists,
    String failOn,
    Double minScore,
    Double minChapterScore,
    Map<String, Double> chapterMinimums,
    List<Map<String, Object>> waivers,
    Output output,
    List<String> ignore) {

  /** Output defaults. */
  public record Output(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> format,
      String lang, String outputDir) {}

  public static ConfigFile empty() {
    return new ConfigFile(null, null, null, null, null, null, null, null);
  }
}
