# heapq: heappush, heappop, heapify (also of tuples), and their errors
import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(h)
print(h)
h = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(4)])
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify("ab")]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
