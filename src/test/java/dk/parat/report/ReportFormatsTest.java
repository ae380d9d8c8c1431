package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.text.Lang;
import org.junit.jupiter.api.Test;

/** The registry of report formats: names and files apart, each writer describing the format it is registered as. */
class ReportFormatsTest {

  @Test
  void every_format_has_its_own_name_and_file_and_its_writer_says_which_it_is() {
    assertThat(ReportFormats.ALL).extracting(ReportFormat::name).doesNotHaveDuplicates();
    assertThat(ReportFormats.ALL).extracting(ReportFormat::fileName).doesNotHaveDuplicates();
    for (ReportFormat format : ReportFormats.ALL) {
      ReportWriter writer = format.writer().apply(new ReportOptions(Lang.EN, false, false, null, CsvCells.GUARDED));
      assertThat(writer.format()).isSameAs(format);
      assertThat(ReportFormats.find(format.name())).contains(format);
    }
  }

  @Test
  void aliases_find_their_format_and_unknown_names_none() {
    assertThat(ReportFormats.find("md")).contains(MarkdownReport.FORMAT);
    assertThat(ReportFormats.find("docx")).isEmpty();
  }
}
