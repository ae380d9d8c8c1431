package dk.parat.plan.word;

import dk.parat.files.InputError;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A first look through a Word file's ZIP package before POI opens it: the names of its parts,
 * and whether any XML part is nested deeper than a document ever is. POI walks its XML by
 * recursion, so tables inside tables a few thousand deep (a few kilobytes, stored uncompressed)
 * overflow its stack; here they are counted with a streaming parser, which keeps its own stack
 * of open elements rather than recursing. What the parts expand to is counted too, and bounded, since this look unpacks them all.
 */
final class WordPackage {

  /** Elements nested deeper than this are no Word document: tables in tables in content controls stay far below. */
  static final int MAX_DEPTH = 256;
  /** Unpacked parts may be this many times the file's size (POI refuses a ratio above 100 as well). */
  private static final int MAX_EXPANSION = 100;
  private static final long SMALL_FILE = 1024 * 1024;
  private static final String RESAVE = "open it in Word and save it again as a Word Document (.docx), or check where "
      + "it came from.";
  private static final SAXParserFactory XML = SAXParserFactory.newInstance();

  static {
    try {
      XML.setNamespaceAware(false);
      XML.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      XML.setFeature("http://xml.org/sax/features/external-general-entities", false);
      XML.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's SAX parser takes these features", e);
    }
  }

  private WordPackage() {}

  /**
   * The names of the package's parts; empty when it is no ZIP that Java can read (POI then says
   * what is wrong with it).
   *
   * @throws InputError when a part is nested too deep or the parts expand beyond all measure
   */
  static Set<String> parts(String path, byte[] content) throws InputError {
    Set<String> names = new HashSet<>();
    Budget budget = new Budget(Math.max(SMALL_FILE, (long) content.length * MAX_EXPANSION));
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        if (e.getMethod() != ZipEntry.STORED && e.getMethod() != ZipEntry.DEFLATED) {
          // Word writes nothing else; POI would reach for a decompressor parat does not ship (found by fuzzing).
          throw new InputError(path, 0, "has a part packed with a method Word never uses (" + e.getName()
              + ", method " + e.getMethod() + "); " + RESAVE);
        }
        InputStream part = budget.counting(zip, path);
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          int depth = depth(part);
          if (depth > MAX_DEPTH) {
            throw new InputError(path, 0, "has parts nested more than " + MAX_DEPTH + " levels deep (" + e.getName()
                + ": tables inside tables, or content controls inside each other); no Word document is. "
                + Character.toUpperCase(RESAVE.charAt(0)) + RESAVE.substring(1));
          }
        }
        part.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException | IllegalArgumentException e) {
      if (e.getCause() instanceof InputError bomb) {
        throw bomb;
      }
      return Set.of();
    }
    return names;
  }

  /**
   * The deepest nesting of elements in an XML part, read to the end, to the first error (which POI
   * reports) or to the first element deeper than {@link #MAX_DEPTH}.
   */
  private static int depth(InputStream part) {
    Depth depth = new Depth();
    try {
      XML.newSAXParser().parse(part, depth);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      // Damage is named when POI opens the package; nesting is all that is counted here.
    }
    return depth.deepest;
  }

  /** Counts open elements; errors end the reading without a word (the JDK's default prints them). */
  private static final class Depth extends DefaultHandler {
    private int open;
    private int deepest;

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
      deepest = Math.max(deepest, ++open);
      if (deepest > MAX_DEPTH) {
        throw new SAXException("nested too deep");
      }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
      open--;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  /** Counts the bytes unpacked from every part together, and stops at the limit. */
  private static final class Budget {
    private long left;

    Budget(long limit) {
      this.left = limit;
    }

    InputStream counting(InputStream in, String path) {
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          spend(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          spend(Math.max(n, 0));
          return n;
        }

        @Override
        public void close() {
          // The part ends here, not the package.
        }

        private void spend(int n) throws IOException {
          left -= n;
          if (left < 0) {
            throw new IOException(new InputError(path, 0, "unpacks to more than " + MAX_EXPANSION
                + " times its size, as a zip bomb does, not a Word document; check where it came from."));
          }
        }
      };
    }
  }
}
