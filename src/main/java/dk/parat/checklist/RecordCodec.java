package dk.parat.checklist;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes trees of records (with lists, sets, maps, strings, numbers, booleans and enums in them)
 * as bytes and reads them back through the records' canonical constructors, so that a compiled
 * checklist loads without parsing or compiling anything.
 *
 * <p>A value equal to one written before is written as a reference to it: the compiled checklists
 * repeat the same word matchers and phrases hundreds of thousands of times (each use of a concept
 * is expanded in place), but hold only about twelve thousand distinct records. Each record class is
 * written once with its components' names and types; a reader whose classes differ (a component
 * added, renamed or retyped since the bytes were written) refuses the bytes rather than guess.
 *
 * <p>The bytes are the same for the same tree in every run: collections keep their order, except
 * the JDK's immutable sets and maps ({@code Set.of}, {@code Map.copyOf} …), whose iteration order is
 * salted afresh in every JVM and which are therefore written sorted. Collections are read back as
 * unmodifiable collections in the written order.
 */
final class RecordCodec {

  private static final byte NULL = 0;
  private static final byte REFERENCE = 1;
  private static final byte STRING = 2;
  private static final byte INTEGER = 3;
  private static final byte DOUBLE = 4;
  private static final byte TRUE = 5;
  private static final byte FALSE = 6;
  private static final byte LIST = 7;
  private static final byte SET = 8;
  private static final byte MAP = 9;
  private static final byte ENUM = 10;
  private static final byte RECORD = 11;

  private RecordCodec() {}

  /** The bytes do not fit the classes of this parat: they were written by another build of it. */
  static final class MismatchException extends Exception {
    private static final long serialVersionUID = 1L;

    MismatchException(String message) {
      super(message);
    }
  }

  /** Writes values one after the other; later values may refer to parts of earlier ones. */
  static final class Writer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<Object, Integer> written = new HashMap<>();
    private final Map<Class<?>, Integer> classes = new HashMap<>();

    Writer write(Object value) {
      try {
        value(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }

    private void value(Object value) throws IOException {
      if (value == null) {
        out.writeByte(NULL);
      } else if (value instanceof Boolean b) {
        out.writeByte(b ? TRUE : FALSE);
      } else if (value instanceof Integer i) {
        out.writeByte(INTEGER);
        out.writeInt(i);
      } else if (value instanceof Double d) {
        out.writeByte(DOUBLE);
        out.writeLong(Double.doubleToRawLongBits(d));
      } else if (value instanceof Enum<?> e) {
        out.writeByte(ENUM);
        type(e.getDeclaringClass());
        text(e.name());
      } else if (written.containsKey(value)) {
        out.writeByte(REFERENCE);
        out.writeInt(written.get(value));
      } else {
        shared(value);
        written.put(value, written.size());
      }
    }

    /** A value that is numbered once written, so that an equal one can refer to it. */
    private void shared(Object value) throws IOException {
      if (value instanceof String s) {
        out.writeByte(STRING);
        text(s);
      } else if (value instanceof List<?> list) {
        out.writeByte(LIST);
        elements(list);
      } else if (value instanceof Set<?> set) {
        out.writeByte(SET);
        elements(inWrittenOrder(set));
      } else if (value instanceof Map<?, ?> map) {
        out.writeByte(MAP);
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        if (orderChangesPerRun(map)) {
          entries.sort(Comparator.comparing(entry -> String.valueOf(entry.getKey())));
        }
        out.writeInt(entries.size());
        for (Map.Entry<?, ?> entry : entries) {
          value(entry.getKey());
          value(entry.getValue());
        }
      } else if (value instanceof Record record) {
        out.writeByte(RECORD);
        type(record.getClass());
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          value(component(record, component));
        }
      } else {
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + "; add it to RecordCodec");
      }
    }

    private void elements(Collection<?> elements) throws IOException {
      out.writeInt(elements.size());
      for (Object element : elements) {
        value(element);
      }
    }

    /** A class as its number, and the first time also its name and, for a record, its components. */
    private void type(Class<?> type) throws IOException {
      Integer known = classes.get(type);
      if (known != null) {
        out.writeInt(known);
        return;
      }
      out.writeInt(classes.size());
      classes.put(type, classes.size());
      text(type.getName());
      if (type.isRecord()) {
        text(shape(type));
      }
    }

    private void text(String s) throws IOException {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }

    private static Object component(Record record, RecordComponent component) {
      try {
        var accessor = component.getAccessor();
        accessor.setAccessible(true);
        return accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + component.getName(), e);
      }
    }

    private static Collection<?> inWrittenOrder(Set<?> set) {
      return orderChangesPerRun(set) ? set.stream().sorted(Comparator.comparing(String::valueOf)).toList() : set;
    }

    private static boolean orderChangesPerRun(Object collection) {
      return collection.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }
  }

  /** Reads the values a {@link Writer} wrote, in the same order. */
  static final class Reader {
    private final ByteBuffer in;
    private final List<Object> read = new ArrayList<>();
    private final List<Class<?>> classes = new ArrayList<>();
    private final List<Constructor<?>> constructors = new ArrayList<>();

    Reader(byte[] bytes) {
      this.in = ByteBuffer.wrap(bytes);
    }

    Object read() throws MismatchException {
      byte tag = in.get();
      return switch (tag) {
        case NULL -> null;
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case INTEGER -> in.getInt();
        case DOUBLE -> Double.longBitsToDouble(in.getLong());
        case ENUM -> constant(type(), text());
        case REFERENCE -> read.get(in.getInt());
        case STRING -> numbered(text());
        case LIST -> numbered(Collections.unmodifiableList(Arrays.asList(elements())));
        case SET -> numbered(Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(elements()))));
        case MAP -> numbered(map());
        case RECORD -> numbered(record());
        default -> throw new MismatchException("unknown tag " + tag + " at byte " + (in.position() - 1));
      };
    }

    private Object numbered(Object value) {
      read.add(value);
      return value;
    }

    private Object[] elements() throws MismatchException {
      Object[] elements = new Object[in.getInt()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = read();
      }
      return elements;
    }

    private Map<Object, Object> map() throws MismatchException {
      int size = in.getInt();
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        Object key = read();
        map.put(key, read());
      }
      return Collections.unmodifiableMap(map);
    }

    private Object record() throws MismatchException {
      int number = type();
      Constructor<?> constructor = constructors.get(number);
      Object[] components = new Object[constructor.getParameterCount()];
      for (int i = 0; i < components.length; i++) {
        components[i] = read();
      }
      try {
        return constructor.newInstance(components);
      } catch (InstantiationException | IllegalAccessException | IllegalArgumentException e) {
        throw new MismatchException(classes.get(number).getName() + " cannot be made of the stored components: " + e);
      } catch (InvocationTargetException e) {
        throw new MismatchException(classes.get(number).getName() + " refuses the stored components: " + e.getCause());
      }
    }

    /** A class's number; its first use also names it, and checks that a record still has the components written. */
    private int type() throws MismatchException {
      int number = in.getInt();
      if (number < classes.size()) {
        return number;
      }
      String name = text();
      Class<?> type;
      try {
        type = Class.forName(name, false, RecordCodec.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new MismatchException("no class " + name);
      }
      Constructor<?> constructor = null;
      if (type.isRecord()) {
        String stored = text();
        if (!stored.equals(shape(type))) {
          throw new MismatchException(name + " was (" + stored + "), is now (" + shape(type) + ")");
        }
        try {
          constructor = type.getDeclaredConstructor(
              Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
          constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
          throw new MismatchException(name + " has no canonical constructor");
        }
      }
      classes.add(type);
      constructors.add(constructor);
      return number;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object constant(int number, String name) throws MismatchException {
      Class type = classes.get(number);
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw new MismatchException(type.getName() + " has no constant " + name);
      }
    }

    private String text() {
      byte[] utf8 = new byte[in.getInt()];
      in.get(utf8);
      return new String(utf8, StandardCharsets.UTF_8);
    }
  }

  /** A record's components as names and declared types, for telling whether stored bytes still fit it. */
  private static String shape(Class<?> record) {
    StringBuilder shape = new StringBuilder();
    for (RecordComponent component : record.getRecordComponents()) {
      shape.append(shape.length() == 0 ? "" : ", ").append(component.getGenericType().getTypeName()).append(' ')
          .append(component.getName());
    }
    return shape.toString();
  }
}
