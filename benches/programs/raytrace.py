"""A small ray tracer: spheres over a checkered plane, lit by two lights with shadows and one
reflection, rendered to a character grid and a checksum."""
# bench: 50
import sys
import math


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre, self.radius, self.colour, self.shine = centre, radius, colour, shine

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        t = v - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, shine):
        self.point, self.normal, self.shine = point, normal.normalized(), shine

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        return 1.0 if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else 0.2


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0, 1, 5), 1.0, 0.9, 0.5),
            Sphere(Vector(-2.2, 0.7, 6), 0.7, 0.6, 0.2),
            Sphere(Vector(2, 0.5, 4), 0.5, 0.8, 0.8),
            Plane(Vector(0, 0, 0), Vector(0, 1, 0), 0.3),
        ]
        self.lights = [Vector(-5, 8, -2), Vector(6, 4, 0)]

    def nearest(self, ray):
        best, hit = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best is None or t < best):
                best, hit = t, obj
        return best, hit

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return 0.05
        p = ray.at(t)
        n = obj.normal_at(p)
        light = 0.1
        for lamp in self.lights:
            to_light = lamp - p
            distance = to_light.length()
            shadow_t, _ = self.nearest(Ray(p, to_light))
            if shadow_t is not None and shadow_t < distance:
                continue
            light += max(0.0, n.dot(to_light.normalized())) * 0.6
        colour = obj.colour_at(p) * light
        if depth < 2 and obj.shine > 0:
            colour = colour * (1 - obj.shine) + self.trace(Ray(p, ray.direction.reflect(n)), depth + 1) * obj.shine
        return colour


def render(width, height):
    scene = Scene()
    eye = Vector(0, 1.5, -3)
    rows = []
    total = 0
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 2.0
            y = (height / 2 - j) / height * 1.5 + 1.0
            value = scene.trace(Ray(eye, Vector(x, y, 0) - Vector(0, 1.0, -1.5)), 0)
            level = max(0, min(9, int(value * 10)))
            total += int(value * 1000)
            row.append(" .:-=+*#%@"[level])
        rows.append("".join(row))
    return "\n".join(rows), total


def main(size):
    picture, checksum = render(size * 2, size)
    print(picture)
    print(checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
