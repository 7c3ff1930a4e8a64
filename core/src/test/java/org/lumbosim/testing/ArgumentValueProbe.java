package org.lumbosim.testing;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The value counterpart of {@link NullArgumentProbe} (fifteenth session): over the same public constructors,
 * static methods and receivers' instance methods, found by the same reflection, each numeric argument in turn
 * is given a value no caller means: every {@code double} NaN and +∞, every {@code int} and {@code long} -1,
 * and an index (a parameter named as one: {@link #INDEX_NAMES}) also 1,000,000. The call must be refused at
 * once with an {@link IllegalArgumentException} (a {@code ParameterOutOfRangeException} is one) whose message
 * names the parameter, never an exception from inside the library ({@code ArrayIndexOutOfBoundsException},
 * {@code NullPointerException}), a NaN or infinite result, or an accepted value.
 *
 * <p>A call is made only where the entry point first accepts its valid samples (every primitive 1, as
 * {@link NullArgumentProbe#sample}; objects from the caller's samples): an entry point whose samples it refuses
 * is reported ({@link Findings#unsampled()}), so that it gets a valid value by name.
 */
public final class ArgumentValueProbe {
    /** Parameter names that are indices into something the receiver holds. */
    public static final Set<String> INDEX_NAMES = Set.of("i", "levelIndex", "point", "frame", "muscle", "row", "side",
            "axis");

    private ArgumentValueProbe() {
    }

    /**
     * What a probe found.
     *
     * @param wrong each call not refused as asked, with what happened
     * @param unsampled entry points that refused their valid samples (with the exception), not probed
     * @param allowedSeen the parameters allowed a value that were met
     * @param calls how many calls were made
     */
    public record Findings(List<String> wrong, Set<String> unsampled, Set<String> allowedSeen, int calls) {
    }

    /**
     * @param anchors classes whose code source is walked, as {@link NullArgumentProbe#run}
     * @param className which class names to cover
     * @param receivers one instance of each type whose public instance methods are covered too
     * @param reports types the library builds to report (results, reports, exceptions, message text): their
     *     constructors and static methods are left out, their instance methods kept where they are receivers
     * @param samples a valid value of each object parameter type, by its generic type name
     * @param validValues a valid value of a parameter whose sample does not fit, as {@code Type.method#parameter}
     *     ({@code <init>}: a constructor; {@code Type.*#parameter}: every method and constructor of the type)
     * @param allowed parameters whose Javadoc gives the probed value a meaning, as {@code Type.method#parameter}
     * @return what the probe found
     * @throws IOException if a class folder or jar cannot be read
     * @throws URISyntaxException if a code source is not a path
     * @throws ClassNotFoundException if a class found cannot be loaded
     */
    public static Findings run(List<Class<?>> anchors, Predicate<String> className, Map<Class<?>, Object> receivers,
                               Predicate<Class<?>> reports, Map<String, Supplier<Object>> samples, Map<String, Object> validValues,
                               Map<String, String> allowed)
            throws IOException, URISyntaxException, ClassNotFoundException {
        Map<String, Object> made = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        TreeSet<String> unsampled = new TreeSet<>();
        Set<String> allowedSeen = new HashSet<>();
        int calls = 0;
        for (Executable x : NullArgumentProbe.publicEntryPoints(anchors, className, receivers.keySet())) {
            Type[] types = x.getGenericParameterTypes();
            Parameter[] params = x.getParameters();
            boolean instance = x instanceof Method && !Modifier.isStatic(x.getModifiers());
            if (java.util.Arrays.stream(params).noneMatch(p -> numeric(p.getType()))
                    || !instance && reports.test(x.getDeclaringClass())) {
                continue;
            }
            Object[] valid = new Object[types.length];
            boolean complete = true;
            for (int i = 0; i < types.length; i++) {
                Object given = validValues.getOrDefault(key(x, params[i]),
                        validValues.get(x.getDeclaringClass().getSimpleName() + ".*#" + params[i].getName()));
                valid[i] = given != null ? given : NullArgumentProbe.sample(types[i], params[i].getType(), samples, made);
                complete &= valid[i] != NullArgumentProbe.MISSING;
            }
            if (!complete) {
                unsampled.add(NullArgumentProbe.describe(x) + ": a parameter type without a sample");
                continue;
            }
            Object receiver = Modifier.isStatic(x.getModifiers()) || x instanceof Constructor<?> ? null
                    : receivers.get(x.getDeclaringClass());
            try {
                invoke(x, receiver, valid);
            } catch (InvocationTargetException e) {
                unsampled.add(NullArgumentProbe.describe(x) + ": " + e.getCause());
                continue;
            } catch (ReflectiveOperationException e) {
                unsampled.add(NullArgumentProbe.describe(x) + ": " + e);
                continue;
            }
            for (int i = 0; i < types.length; i++) {
                Class<?> t = params[i].getType();
                if (!numeric(t)) {
                    continue;
                }
                String key = key(x, params[i]);
                if (allowed.containsKey(key)) {
                    allowedSeen.add(key);
                    continue;
                }
                String name = params[i].getName();
                List<Object> bad = new ArrayList<>();
                if (t == double.class) {
                    bad.add(Double.NaN);
                    bad.add(Double.POSITIVE_INFINITY);
                } else {
                    bad.add(t == long.class ? (Object) (-1L) : (Object) (-1));
                    if (INDEX_NAMES.contains(name)) {
                        bad.add(t == long.class ? (Object) 1_000_000L : (Object) 1_000_000);
                    }
                }
                for (Object v : bad) {
                    Object[] args = valid.clone();
                    args[i] = v;
                    calls++;
                    check(x, receiver, args, name, NullArgumentProbe.describe(x) + " with " + name + " = " + v, wrong);
                }
            }
        }
        return new Findings(wrong, unsampled, allowedSeen, calls);
    }

    /** @return whether the message names the parameter as a word */
    private static boolean names(String message, String name) {
        return message.matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*");
    }

    /** @return the record component a {@code with...} method's {@code newX} parameter sets ({@code x}), else the name */
    private static String component(String name) {
        return name.length() > 3 && name.startsWith("new") && Character.isUpperCase(name.charAt(3))
                ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
    }

    private static boolean numeric(Class<?> t) {
        return t == double.class || t == int.class || t == long.class;
    }

    private static String key(Executable x, Parameter p) {
        return x.getDeclaringClass().getSimpleName() + "." + (x instanceof Constructor<?> ? "<init>" : x.getName())
                + "#" + p.getName();
    }

    private static Object invoke(Executable x, Object receiver, Object[] args) throws ReflectiveOperationException {
        return x instanceof Constructor<?> c ? c.newInstance(args) : ((Method) x).invoke(receiver, args);
    }

    /** Calls {@code x} and records it unless it throws at once an {@link IllegalArgumentException} naming {@code name}. */
    private static void check(Executable x, Object receiver, Object[] args, String name, String what, List<String> wrong) {
        try {
            Object result = invoke(x, receiver, args);
            wrong.add(what + ": accepted" + (result instanceof Double d && !Double.isFinite(d) ? ", returned " + d : ""));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof IllegalArgumentException) || cause.getMessage() == null
                    || !names(cause.getMessage(), name) && !names(cause.getMessage(), component(name))) {
                wrong.add(what + ": " + cause);
            }
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            wrong.add(what + ": the test's sample does not fit, " + e);
        }
    }
}
