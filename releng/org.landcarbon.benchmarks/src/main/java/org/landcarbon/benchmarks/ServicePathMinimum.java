package org.landcarbon.benchmarks;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@link ServicePathBenchmarks} methods run back to back in one JVM, interleaved, RUNS times each after
 * WARMUP rounds, with the minimum and median of each: on a shared, loaded machine the minimum is the figure the
 * load disturbs least (JMH's averages then carry error bars larger than the values). Beside wall time it records
 * the process CPU time summed over all timed calls (run with -XX:+UseSerialGC so that garbage collection is
 * counted, and the JIT is idle after warm-up): CPU time is not stretched by waiting for a core, and the sum over
 * many calls makes the clock's 10 ms granularity negligible. The calling thread's own CPU time (minimum over the
 * runs) leaves out the garbage collector and every wait for a core: the least disturbed figure under load. Each service path is compared with the kernels
 * printed before it (kernels, then kernelsPanelOrder for servicePathPanelOrder).
 * Methods a build lacks are
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
        for (String name : List.of("kernels", "servicePath", "servicePathReadingEveryItem", "kernelsPanelOrder", "servicePathPanelOrder")) {
            try {
                methods.add(ServicePathBenchmarks.class.getMethod(name, Blackhole.class));
            } catch (NoSuchMethodException absent) {
                System.out.println(name + ": not in this build");
            }
        }
        double[][] ms = new double[methods.size()][runs];
        double[][] cpu = new double[methods.size()][runs];
        double[][] threadCpu = new double[methods.size()][runs];
        java.lang.management.ThreadMXBean thread = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int round = -warmup; round < runs; round++) {
            for (int i = 0; i < methods.size(); i++) {
                long c = os.getProcessCpuTime();
                long own = thread.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                methods.get(i).invoke(b, bh);
                if (round >= 0) {
                    ms[i][round] = (System.nanoTime() - t) / 1e6;
                    threadCpu[i][round] = (thread.getCurrentThreadCpuTime() - own) / 1e6;
                    cpu[i][round] = (os.getProcessCpuTime() - c) / 1e6; // the kernels' and the service path's in turn
                }
            }
        }
        double kernels = 0;
        double kernelsCpu = 0;
        double kernelsThread = 0;
        for (int i = 0; i < methods.size(); i++) {
            double[] v = ms[i].clone();
            Arrays.sort(v);
            double cpuPerCall = Arrays.stream(cpu[i]).sum() / runs;
            double threadMin = Arrays.stream(threadCpu[i]).min().orElse(Double.NaN);
            if (methods.get(i).getName().startsWith("kernels")) { // the ratios that follow are to these kernels
                kernels = v[0];
                kernelsCpu = cpuPerCall;
                kernelsThread = threadMin;
            }
            System.out.printf("%-28s wall min %8.2f ms, median %8.2f ms (ratio of minima %.2f); CPU %8.2f ms a call (ratio %.2f);"
                    + " thread CPU min %8.2f ms (ratio %.2f)%n", methods.get(i).getName(), v[0], v[v.length / 2], v[0] / kernels,
                    cpuPerCall, cpuPerCall / kernelsCpu, threadMin, threadMin / kernelsThread);
        }
    }
}
