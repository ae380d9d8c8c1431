package dk.parat.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/**
 * The HTML templates (src/main/jte), compiled into classes at build time: rendering loads no
 * template from disk, and every value is escaped for where it stands unless a template says
 * otherwise (none does).
 */
public final class Html {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Html() {}

  /**
   * Renders the template {@code html/NAME.jte} with its parameters. Control characters in plan
   * text, which escaping leaves alone, are written as their codes, as in every report.
   */
  public static void render(String name, Map<String, Object> params, Writer out) throws IOException {
    StringWriter page = new StringWriter();
    ENGINE.render("html/" + name + ".jte", params, new WriterOutput(page));
    out.write(Printable.visible(page.toString()));
    out.flush();
  }
}
