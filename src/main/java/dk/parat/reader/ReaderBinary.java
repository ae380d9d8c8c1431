package dk.parat.reader;

import dk.parat.checklist.ItemKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * A trained reader as the build stores it beside the bundled checklists' precompiled form: numbers
 * in binary, read in a few milliseconds where the text file takes a quarter of a second on a cold
 * JVM. It names the text it was made from (length and CRC-32C) and is used only while that text is
 * unchanged, so an edited or retrained reader is never shadowed by an old build of it.
 */
final class ReaderBinary {

  private static final String FORMAT = "parat precompiled reader, format 4";

  private ReaderBinary() {}

  static String source(byte[] text) {
    CRC32C crc = new CRC32C();
    crc.update(text);
    return text.length + " bytes, CRC-32C " + Long.toHexString(crc.getValue());
  }

  static byte[] encode(ReaderModel model, byte[] text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(FORMAT);
      out.writeUTF(source(text));
      out.writeUTF(model.checklist());
      out.writeUTF(model.trainedOn());
      out.writeInt(model.sides().size());
      for (Side side : model.sides()) {
        out.writeUTF(side.item());
        out.writeUTF(side.kind().id());
        out.writeDouble(side.bias());
      }
      out.writeInt(model.combiners().size());
      for (Map.Entry<ItemKind, Combiner> e : new TreeMap<>(model.combiners()).entrySet()) {
        out.writeUTF(e.getKey().id());
        weights(out, e.getValue().middle());
        weights(out, e.getValue().top());
      }
      out.writeDouble(model.cuts().sureEnough());
      out.writeDouble(model.cuts().contradictFrom());
      out.writeDouble(model.cuts().doubtFrom());
      out.writeInt(model.cuts().doubtWords());
      out.writeDouble(model.cuts().thinCredit());
      out.writeInt(model.cuts().thinWords());
      GramWeights grams = model.weights();
      out.writeInt(grams.buckets().length);
      out.writeInt(grams.sides().length);
      for (int b : grams.buckets()) {
        out.writeInt(b);
      }
      for (int s : grams.starts()) {
        out.writeInt(s);
      }
      for (int s : grams.sides()) {
        out.writeInt(s);
      }
      for (float w : grams.weights()) {
        out.writeFloat(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void weights(DataOutputStream out, Map<String, Double> weights) throws IOException {
    out.writeInt(weights.size());
    for (Map.Entry<String, Double> w : new TreeMap<>(weights).entrySet()) {
      out.writeUTF(w.getKey());
      out.writeDouble(w.getValue());
    }
  }

  /** The reader, when the bytes are this format and were made from this text. */
  static Optional<ReaderModel> decode(byte[] binary, byte[] text) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(binary))) {
      if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(source(text))) {
        return Optional.empty();
      }
      String checklist = in.readUTF();
      String trainedOn = in.readUTF();
      List<Side> sideList = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        sideList.add(new Side(in.readUTF(), Side.Kind.parse(in.readUTF()), in.readDouble()));
      }
      Map<ItemKind, Combiner> combiners = new EnumMap<>(ItemKind.class);
      for (int n = in.readInt(); n > 0; n--) {
        combiners.put(ItemKind.parse(in.readUTF()), new Combiner(weights(in), weights(in)));
      }
      Cuts cuts = new Cuts(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(), in.readDouble(), in.readInt());
      int buckets = in.readInt();
      int entries = in.readInt();
      // The arrays in bulk: a buffer over the bytes left, not one call per number.
      ByteBuffer rest = ByteBuffer.wrap(binary, binary.length - in.available(), in.available());
      int[] bucket = new int[buckets];
      int[] starts = new int[buckets + 1];
      int[] sides = new int[entries];
      float[] weights = new float[entries];
      rest.asIntBuffer().get(bucket).get(starts).get(sides);
      rest.position(rest.position() + 4 * (2 * buckets + 1 + entries));
      rest.asFloatBuffer().get(weights);
      return Optional.of(new ReaderModel(checklist, trainedOn, sideList, new GramWeights(bucket, starts, sides, weights),
          combiners, cuts));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Double> weights(DataInputStream in) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      weights.put(in.readUTF(), in.readDouble());
    }
    return weights;
  }
}
