EDGES = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
    ("E", "D", 4), ("D", "F", 11), ("E", "F", 9), ("F", "G", 1), ("G", "H", 2),
    ("C", "H", 14), ("I", "J", 1),
]


def build(edges, directed=False):
    graph = {}
    for a, b, w in edges:
        graph.setdefault(a, {})[b] = w
        graph.setdefault(b, {})
        if not directed:
            graph[b][a] = w
    return graph


def bfs(graph, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(graph, start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    order = [start]
    for nxt in sorted(graph[start]):
        if nxt not in seen:
            order += dfs(graph, nxt, seen)
    return order


def dijkstra(graph, source):
    dist = {node: float("inf") for node in graph}
    prev = {}
    dist[source] = 0
    frontier = [(0, source)]
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if d > dist[node]:
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                frontier.append((nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def components(graph):
    seen, comps = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(graph, node, seen)
            comps.append(sorted(comp))
    return comps


def topo_sort(graph):
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0) if False else sorted([n for n in graph if indeg[n] == 0])
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order if len(order) == len(graph) else None


def mst(graph):
    edges = sorted((w, a, b) for a in graph for b, w in graph[a].items() if a < b) if False else sorted([(w, a, b) for a in graph for b, w in graph[a].items() if a < b])
    parent = {n: n for n in graph}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    chosen = []
    for w, a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            chosen.append((a, b, w))
    return chosen


g = build(EDGES)
print("nodes:", sorted(g), "edges:", sum(len(v) for v in g.values()) // 2 if False else sum([len(v) for v in g.values()]) // 2)
print("bfs from A:", bfs(g, "A"))
print("dfs from A:", dfs(g, "A"))
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    d = dist[node]
    route = " -> ".join(path(prev, node)) if d != float("inf") else "unreachable"
    print(f"  {node}: {d!s:>4}  {route}")
print("components:", components(g))
tree = mst(g)
print("mst:", tree, "weight", sum(w for _, _, w in tree) if False else sum([w for _, _, w in tree]))
dag = build([("shirt", "tie", 1), ("tie", "jacket", 1), ("trousers", "shoes", 1), ("trousers", "belt", 1),
             ("belt", "jacket", 1), ("shirt", "belt", 1), ("socks", "shoes", 1)], directed=True)
print("dress order:", topo_sort(dag))
dag["jacket"]["shirt"] = 1
print("with a cycle:", topo_sort(dag))
degrees = {n: len(adj) for n, adj in g.items()}
print("degrees:", dict(sorted(degrees.items(), key=lambda kv: (-kv[1], kv[0]))))
