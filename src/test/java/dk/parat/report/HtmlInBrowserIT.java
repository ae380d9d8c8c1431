package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.parat.Cli;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML reports and the portfolio dashboard of the bundled examples, opened in a real browser:
 * Debian's Chromium, driven through Debian's chromedriver. Each page must render without a
 * console error, show its charts with a size, and have no link that leads nowhere; the printed
 * report must come out on A4 with its first page the steering group's page. {@code .ci/run}
 * installs Chromium; where it is missing this test is skipped and says so, and in CI it fails.
 */
class HtmlInBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** A4 in points, as PDF measures it (210 × 297 mm); Chromium rounds the page to whole points or pixels. */
  private static final double A4_WIDTH = 595.3;
  private static final double A4_HEIGHT = 841.9;

  @TempDir
  static Path dir;

  private static ChromeDriver browser;

  static Stream<Path> examples() throws Exception {
    return Files.list(Path.of("examples")).filter(Files::isRegularFile)
        .filter(p -> p.toString().matches(".*\\.(md|yaml|txt|docx|pdf)$")).sorted();
  }

  @BeforeAll
  static void write_the_pages_and_start_the_browser() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("true".equals(System.getenv("CI"))) {
      assertThat(present).as("CI must provide Chromium and chromedriver (.ci/run installs them)").isTrue();
    }
    assumeTrue(present, "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): the HTML reports were "
        + "not opened in a browser. Install Debian's chromium and chromium-driver, as .ci/run does.");
    List<String> args = new ArrayList<>(List.of("check", "-f", "html", "--output-dir", dir.resolve("check").toString()));
    examples().forEach(p -> args.add(p.toString()));
    Cli.Result check = Cli.run(args.toArray(String[]::new));
    assertThat(check.exit()).as(check.err()).isZero();
    Cli.Result detail = Cli.run("check", "-f", "html", "--detail", "-o", dir.resolve("detail.html").toString(),
        "examples/talegenkendelse-myndighed.md");
    assertThat(detail.exit()).as(detail.err()).isZero();
    List<String> batch = new ArrayList<>(List.of("batch", "-q", "--group-by", "kommune", "--output-dir",
        dir.resolve("batch").toString()));
    examples().forEach(p -> batch.add(p.toString()));
    batch.add(Files.write(dir.resolve("broken.md"), new byte[] {'#', 0, 1}).toString());
    assertThat(Cli.run(batch.toArray(String[]::new)).exit()).isEqualTo(2);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The machine has no network: without these Chromium keeps trying to reach its services.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1000,1400");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop_the_browser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Opens a page and checks what every page must: no console error, charts drawn, every link leads somewhere. */
  private static JavascriptExecutor open(Path page) {
    browser.get(page.toUri().toString());
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertThat(errors).as(page + ": console").isEmpty();
    JavascriptExecutor js = browser;
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> charts = (List<Map<String, Object>>) js.executeScript(
        "return [...document.querySelectorAll('svg[role=img]')].map(s => ({label: s.getAttribute('aria-label') "
            + "|| (s.querySelector('title') || {}).textContent || '', width: s.getBoundingClientRect().width, "
            + "height: s.getBoundingClientRect().height, shapes: s.querySelectorAll('rect').length}))");
    for (Map<String, Object> chart : charts) {
      assertThat(((Number) chart.get("width")).doubleValue()).as(page + ": chart width " + chart).isPositive();
      assertThat(((Number) chart.get("height")).doubleValue()).as(page + ": chart height " + chart).isPositive();
      assertThat(((Number) chart.get("shapes")).intValue()).as(page + ": chart shapes " + chart).isPositive();
      assertThat((String) chart.get("label")).as(page + ": chart text alternative").isNotBlank();
    }
    @SuppressWarnings("unchecked")
    List<String> links = (List<String>) js.executeScript(
        "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))");
    for (String href : links) {
      if (href.startsWith("#")) {
        Object target = js.executeScript("return document.getElementById(arguments[0]) !== null", href.substring(1));
        assertThat(target).as(page + ": link " + href).isEqualTo(true);
      } else {
        URI uri = page.toUri().resolve(href);
        assertThat(uri.getScheme()).as(page + ": link " + href + " stays on this machine").isEqualTo("file");
        assertThat(Path.of(uri)).as(page + ": link " + href).isRegularFile();
      }
    }
    assertThat(js.executeScript("return document.documentElement.lang")).as(page + ": lang").isIn("da", "en");
    return js;
  }

  private static long charts() {
    return (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('svg[role=img]').length");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void every_examples_report_renders_with_its_charts_and_working_links(Path plan) throws Exception {
    List<Path> plans = examples().toList();
    Path report = dir.resolve("check").resolve(ReportFiles.names(plans.stream().map(Path::toString).toList(), ".html")
        .get(plans.indexOf(plan)));
    open(report);
    // The chapter bars and the item grid.
    assertThat(charts()).as(report.toString()).isEqualTo(2);
  }

  @Test
  void the_index_links_to_every_report() throws Exception {
    open(dir.resolve("check/index.html"));
    long links = (Long) ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('td a, th a').length");
    assertThat(links).isEqualTo(examples().count());
  }

  @Test
  void the_dashboard_shows_its_charts_links_each_plan_and_lists_the_broken_one_once() throws Exception {
    Path dashboard = dir.resolve("batch/portfolio.html");
    JavascriptExecutor js = open(dashboard);
    assertThat(charts()).as("the band chart and a bar per frequent gap").isGreaterThan(1);
    long plans = (Long) js.executeScript("return document.querySelectorAll('table.heat a[href^=\"reports/\"]').length");
    assertThat(plans).isEqualTo(examples().count());
    String text = (String) js.executeScript("return document.body.innerText");
    assertThat(text.split("broken.md", -1)).hasSize(2);
    for (Object href : (List<?>) js.executeScript("return [...document.querySelectorAll('table.heat a')].map(a => a.href)")) {
      open(Path.of(URI.create((String) href)));
    }
  }

  @Test
  void the_report_prints_on_a4_with_the_steering_groups_page_first_and_the_detail_on_its_own_pages() throws Exception {
    open(dir.resolve("check/talegenkendelse-myndighed.report.html"));
    int shortPages;
    try (PDDocument pdf = print()) {
      shortPages = pdf.getNumberOfPages();
      assertA4(pdf);
      String first = page(pdf, 1);
      assertThat(first).contains("Samlet vurdering").containsPattern(", \\d+ af 100").contains("Første barriere")
          .contains("Kapitler");
      assertThat(pageWithLine(pdf, "Alle punkter")).as("the items begin a page").startsWith("Alle punkter\n");
      assertThat(shortPages).as("the short report: the steering group's page, the gaps, the folded items").isBetween(3, 7);
    }
    open(dir.resolve("detail.html"));
    try (PDDocument pdf = print()) {
      assertA4(pdf);
      assertThat(pdf.getNumberOfPages()).as("--detail unfolds every item").isGreaterThan(shortPages);
      assertThat(new PDFTextStripper().getText(pdf)).contains("Spørgsmål til projektgruppen");
    }
  }

  private static PDDocument print() throws Exception {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setBackground(true);
    return Loader.loadPDF(Base64.getDecoder().decode(browser.print(options).getContent()));
  }

  private static void assertA4(PDDocument pdf) {
    for (PDPage page : pdf.getPages()) {
      assertThat((double) page.getMediaBox().getWidth()).isCloseTo(A4_WIDTH, within(1.5));
      assertThat((double) page.getMediaBox().getHeight()).isCloseTo(A4_HEIGHT, within(1.5));
    }
  }

  private static String page(PDDocument pdf, int n) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(n);
    stripper.setEndPage(n);
    return stripper.getText(pdf).strip();
  }

  /** The first page with a line that is exactly {@code line}, or "". */
  private static String pageWithLine(PDDocument pdf, String line) throws Exception {
    for (int n = 1; n <= pdf.getNumberOfPages(); n++) {
      String page = page(pdf, n);
      if (page.lines().anyMatch(line::equals)) {
        return page;
      }
    }
    return "";
  }
}
