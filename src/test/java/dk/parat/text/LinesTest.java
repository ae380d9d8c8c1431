package dk.parat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines of YAML keys in config and checklist files (issue 12, finding 5). */
class LinesTest {

  @Test
  void keys_are_found_in_block_and_flow_style() {
    assertThat(Lines.ofKey("a: 1\n  - fail_on: x\n", "fail_on")).isEqualTo(2);
    assertThat(Lines.ofKey("output: {format: [md], lang: da}\n", "lang")).isEqualTo(1);
    assertThat(Lines.ofKey("\r\n\r\n  min_score : 3\r\n", "min_score")).isEqualTo(3);
    assertThat(Lines.ofKey("a: 1\n", "fail_on")).isZero();
  }

  @Test
  void a_file_of_blank_lines_is_searched_once_not_once_per_line() {
    String blank = "\n".repeat(2_000_000) + "checklists: [x]\nfail_on: bad\n";
    assertThat(Lines.ofKey(blank, "fail_on")).isEqualTo(2_000_002);
    assertThat(Lines.ofKey(blank, "absent")).isZero();
  }
}
