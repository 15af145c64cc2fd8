# Packages: __init__, submodules, relative imports, fromlist submodules, __path__.
import geometry
print(geometry.__name__, geometry.__package__, geometry.VERSION)
print(geometry.__path__)
print(geometry.__file__)
import geometry.solids.cube
print(geometry.solids.cube.volume(2))
from geometry.solids import cube, sphere
print(cube.volume(3), round(sphere.volume(1), 4))
from geometry import plane
print(plane.describe())
import geometry.plane.circle as circle
print(circle.__name__, circle.__package__, circle.area(2))
from geometry.plane.circle import area
print(area(1))
print(sorted(k for k in vars(geometry) if not k.startswith("_")))
print(sorted(k for k in vars(geometry.solids) if not k.startswith("_")))
import tools.helpers
print(tools.helpers.shout("hi"))
print(tools.__spec__.submodule_search_locations == tools.__path__)
import sys
print(sorted(m for m in sys.modules if m.startswith(("geometry", "tools"))))
