package org.lumbosim.testing;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The reflection harness of the modules' {@code PublicNullArgumentTest}s (core's, and the examples module's for
 * viz and examples, through core's test-jar): it finds the public constructors and methods of a module's public
 * types by walking its compiled classes, calls each with one object argument at a time given as null (the others
 * valid samples), and records every call that is not refused at once with an {@link IllegalArgumentException}
 * whose message begins {@code "<parameter> is null"}, the README's convention (the parameter's name in the source:
 * the root pom compiles with {@code -parameters}). A list argument is also given as a list whose first element is
 * null, which must be refused naming the element ({@code "loads[0] is null"}).
 *
 * <p>Left out everywhere, each for a stated reason: synthetic methods, an enum's generated {@code valueOf(String)}
 * (the JDK's own check), {@code equals} (null is {@code false} by contract) and a launcher's
 * {@code main(String[])} (the JVM never passes null).
 */
public final class NullArgumentProbe {
    /** What {@link #sample} gives for a type without a sample. */
    static final Object MISSING = new Object();

    private NullArgumentProbe() {
    }

    /**
     * What a probe found.
     *
     * @param wrong each call not refused as the convention asks, with what happened
     * @param missing parameter types without a sample (with the entry point that needs one)
     * @param allowedSeen the parameters allowed to be null that were met
     * @param calls how many calls were made
     * @param entryPoints the entry points found
     */
    public record Findings(List<String> wrong, Set<String> missing, Set<String> allowedSeen, int calls,
                           List<Executable> entryPoints) {
    }

    /**
     * @param anchors classes whose code source (a classes folder in "mvn test", a jar in "mvn verify") is walked
     * @param className which class names to cover
     * @param receivers one instance of each type whose public instance methods are covered too
     * @param samples a valid value of each parameter type, by its generic type name, made when first needed
     * @param nullAllowed parameters whose Javadoc gives null a meaning, as {@code Type.method#parameter}
     *     ({@code <init>}: a constructor; {@code #parameter[0]}: an element of a list)
     * @return what the probe found
     * @throws IOException if a class folder or jar cannot be read
     * @throws URISyntaxException if a code source is not a path
     * @throws ClassNotFoundException if a class found cannot be loaded
     */
    public static Findings run(List<Class<?>> anchors, Predicate<String> className, Map<Class<?>, Object> receivers,
                               Map<String, Supplier<Object>> samples, Map<String, String> nullAllowed)
            throws IOException, URISyntaxException, ClassNotFoundException {
        List<Executable> entryPoints = publicEntryPoints(anchors, className, receivers.keySet());
        entryPoints.removeIf(x -> Arrays.stream(x.getParameterTypes()).allMatch(Class::isPrimitive));
        Map<String, Object> made = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>();
        Set<String> allowedSeen = new HashSet<>();
        int calls = 0;
        for (Executable x : entryPoints) {
            Type[] types = x.getGenericParameterTypes();
            Parameter[] params = x.getParameters();
            Object[] valid = new Object[types.length];
            boolean complete = true;
            for (int i = 0; i < types.length; i++) {
                Object v = sample(types[i], params[i].getType(), samples, made);
                if (v == MISSING) {
                    missing.add(types[i].getTypeName() + " (" + describe(x) + ")");
                    complete = false;
                }
                valid[i] = v;
            }
            if (!complete) {
                continue;
            }
            Object receiver = Modifier.isStatic(x.getModifiers()) || x instanceof Constructor<?> ? null
                    : receivers.get(x.getDeclaringClass());
            for (int i = 0; i < types.length; i++) {
                if (params[i].getType().isPrimitive()) {
                    continue;
                }
                if (!params[i].isNamePresent()) {
                    wrong.add(describe(x) + ": not compiled with -parameters");
                    continue;
                }
                String name = params[i].getName();
                String key = x.getDeclaringClass().getSimpleName() + "." + (x instanceof Constructor<?> ? "<init>"
                        : x.getName()) + "#" + name;
                if (nullAllowed.containsKey(key)) {
                    allowedSeen.add(key);
                    continue;
                }
                Object[] args = valid.clone();
                args[i] = null;
                calls++;
                check(x, receiver, args, name, describe(x) + " with " + name + " = null", wrong);
                if (valid[i] instanceof List<?> l && !l.isEmpty() && nullAllowed.containsKey(key + "[0]")) {
                    allowedSeen.add(key + "[0]");
                } else if (valid[i] instanceof List<?> l && !l.isEmpty()) {
                    List<Object> withNull = new ArrayList<>(l);
                    withNull.set(0, null);
                    args[i] = withNull;
                    calls++;
                    check(x, receiver, args, name + "[0]", describe(x) + " with " + name + " = [null]", wrong);
                }
            }
        }
        return new Findings(wrong, missing, allowedSeen, calls, entryPoints);
    }

    /**
     * Adds a sample by its type's name.
     *
     * @param samples the samples
     * @param type the parameter type
     * @param sample makes a valid value of it
     */
    public static void put(Map<String, Supplier<Object>> samples, Class<?> type, Supplier<Object> sample) {
        samples.put(type.getTypeName(), sample);
    }

    /** @return a valid value of the type: a primitive, a sample, an enum's first constant, an empty optional */
    static Object sample(Type generic, Class<?> raw, Map<String, Supplier<Object>> samples,
                                 Map<String, Object> made) {
        String t = generic.getTypeName();
        if (raw.isPrimitive()) {
            if (raw == boolean.class) {
                return false;
            }
            if (raw == int.class) {
                return 1;
            }
            return raw == long.class ? (Object) 1L : raw == float.class ? (Object) 1f : (Object) 1.0;
        }
        if (samples.containsKey(t)) {
            return made.computeIfAbsent(t, k -> samples.get(k).get());
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == Optional.class) {
            return Optional.empty();
        }
        if (raw == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        if (generic instanceof ParameterizedType && (raw == List.class || raw == Set.class || raw == Map.class)) {
            // an empty collection where no element sample is given (no element check then)
            return raw == List.class ? List.of() : raw == Set.class ? Set.of() : Map.of();
        }
        return MISSING;
    }

    /** Calls {@code x} and records it unless it throws at once, {@code "<name> is null..."}. */
    private static void check(Executable x, Object receiver, Object[] args, String name, String what,
                              List<String> wrong) {
        try {
            if (x instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) x).invoke(receiver, args);
            }
            wrong.add(what + ": accepted");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof IllegalArgumentException) || cause.getMessage() == null
                    || !cause.getMessage().startsWith(name + " is null")) {
                wrong.add(what + ": " + cause);
            }
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            wrong.add(what + ": the test's sample does not fit, " + e);
        }
    }

    /**
     * @return the public constructors and methods to call (static ones; instance ones of {@code instanceTypes});
     *     also those without an argument of object type, which {@link #run} leaves out (and
     *     {@link ArgumentValueProbe} keeps)
     */
    static List<Executable> publicEntryPoints(List<Class<?>> anchors, Predicate<String> className,
                                                      Set<Class<?>> instanceTypes)
            throws IOException, URISyntaxException, ClassNotFoundException {
        TreeSet<String> names = new TreeSet<>();
        for (Class<?> anchor : anchors) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (java.nio.file.FileSystem jar = Files.isDirectory(location) ? null
                    : java.nio.file.FileSystems.newFileSystem(location)) {
                Path root = jar == null ? location : jar.getPath("/");
                try (Stream<Path> files = Files.walk(root)) {
                    files.map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "."))
                            .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                            .map(n -> n.substring(0, n.length() - ".class".length()))
                            .filter(className)
                            .forEach(names::add);
                }
            }
        }
        List<Executable> out = new ArrayList<>();
        for (String n : names) {
            Class<?> c = Class.forName(n, false, NullArgumentProbe.class.getClassLoader());
            if (!visible(c)) {
                continue;
            }
            if (!c.isInterface() && !c.isEnum() && !Modifier.isAbstract(c.getModifiers())) {
                out.addAll(Arrays.asList(c.getConstructors()));
            }
            for (Method m : c.getDeclaredMethods()) {
                boolean generated = m.isSynthetic() || c.isEnum() && m.getName().equals("valueOf")
                        || m.getName().equals("equals");
                boolean launcher = m.getName().equals("main")
                        && Arrays.equals(m.getParameterTypes(), new Class<?>[] {String[].class});
                boolean instance = !Modifier.isStatic(m.getModifiers());
                if (Modifier.isPublic(m.getModifiers()) && !generated && !launcher
                        && (!instance || instanceTypes.contains(c))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    static String describe(Executable x) {
        String type = x.getDeclaringClass().getName().replace("org.lumbosim.", "");
        return (x instanceof Constructor<?> ? "new " + type : type + "." + x.getName())
                + Arrays.toString(Arrays.stream(x.getParameterTypes()).map(Class::getSimpleName).toArray());
    }
}
