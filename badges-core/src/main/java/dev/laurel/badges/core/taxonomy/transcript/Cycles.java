package dev.laurel.badges.core.taxonomy.transcript;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the edges of a directed graph that lie on a cycle (both ends in one strongly connected component, or
 * a self-loop), with Tarjan's algorithm run on an explicit stack: a CLR is untrusted input, and a chain of tens
 * of thousands of associations must not overflow the thread's stack.
 */
final class Cycles {

    private Cycles() {
    }

    /**
     * Tells, for each edge, whether it lies on a cycle.
     *
     * @param from each edge's start node
     * @param to each edge's end node, same length as {@code from}
     * @return one flag per edge
     */
    static boolean[] onCycle(List<String> from, List<String> to) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < from.size(); i++) {
            ids.putIfAbsent(from.get(i), ids.size());
            ids.putIfAbsent(to.get(i), ids.size());
        }
        int n = ids.size();
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        int[] src = new int[from.size()];
        int[] dst = new int[from.size()];
        for (int i = 0; i < from.size(); i++) {
            src[i] = ids.get(from.get(i));
            dst[i] = ids.get(to.get(i));
            out.get(src[i]).add(dst[i]);
        }
        int[] component = components(n, out);
        int[] sizes = new int[n];
        for (int c : component) {
            sizes[c]++;
        }
        boolean[] result = new boolean[from.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = src[i] == dst[i] || component[src[i]] == component[dst[i]] && sizes[component[src[i]]] > 1;
        }
        return result;
    }

    /** Tarjan's strongly connected components, iterative; returns each node's component number. */
    private static int[] components(int n, List<List<Integer>> out) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<int[]> work = new ArrayDeque<>(); // {node, next edge position}
        int counter = 0;
        int components = 0;
        for (int start = 0; start < n; start++) {
            if (index[start] >= 0) {
                continue;
            }
            work.push(new int[] {start, 0});
            while (!work.isEmpty()) {
                int[] frame = work.peek();
                int v = frame[0];
                if (frame[1] == 0 && index[v] < 0) {
                    index[v] = counter;
                    low[v] = counter;
                    counter++;
                    stack.push(v);
                    onStack[v] = true;
                }
                if (frame[1] < out.get(v).size()) {
                    int w = out.get(v).get(frame[1]++);
                    if (index[w] < 0) {
                        work.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    int parent = work.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
            }
        }
        return component;
    }
}
