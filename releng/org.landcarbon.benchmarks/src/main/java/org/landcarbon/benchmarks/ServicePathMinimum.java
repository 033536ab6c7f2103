package org.landcarbon.benchmarks;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@link ServicePathBenchmarks} methods run back to back in one JVM, interleaved, RUNS times each after
 * WARMUP rounds, with the minimum and median of each: on a shared, loaded machine the minimum is the figure the
 * load disturbs least (JMH's averages then carry error bars larger than the values). Methods a build lacks are
 * skipped, so the same class measures an older jar (javac it against that jar).
 *
 * <pre>java -Xmx1g -cp benchmarks.jar org.landcarbon.benchmarks.ServicePathMinimum [RUNS] [WARMUP]</pre>
 */
public final class ServicePathMinimum {

    private ServicePathMinimum() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ServicePathBenchmarks b = new ServicePathBenchmarks();
        b.setUp();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        List<Method> methods = new ArrayList<>();
        for (String name : List.of("kernels", "servicePath", "servicePathReadingEveryItem")) {
            try {
                methods.add(ServicePathBenchmarks.class.getMethod(name, Blackhole.class));
            } catch (NoSuchMethodException absent) {
                System.out.println(name + ": not in this build");
            }
        }
        double[][] ms = new double[methods.size()][runs];
        for (int round = -warmup; round < runs; round++) {
            for (int i = 0; i < methods.size(); i++) {
                long t = System.nanoTime();
                methods.get(i).invoke(b, bh);
                if (round >= 0) {
                    ms[i][round] = (System.nanoTime() - t) / 1e6;
                }
            }
        }
        double kernels = 0;
        for (int i = 0; i < methods.size(); i++) {
            double[] v = ms[i].clone();
            Arrays.sort(v);
            if (i == 0) {
                kernels = v[0];
            }
            System.out.printf("%-30s min %8.2f ms  median %8.2f ms  min ratio to kernels %.2f%n", methods.get(i).getName(), v[0],
                    v[v.length / 2], v[0] / kernels);
        }
    }
}
