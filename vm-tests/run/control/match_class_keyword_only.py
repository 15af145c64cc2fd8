class User:
    def __init__(self, name, role, active=True):
        self.name, self.role, self.active = name, role, active
def access(u):
    match u:
        case User(role="admin", active=True, name=n):
            return f"{n}: full access"
        case User(role="admin"):
            return "inactive admin"
        case User(name=n, role=r) if r.startswith("dev"):
            return f"{n}: developer access"
        case User():
            return "read only"
        case _:
            return "not a user"
for u in [User("ann", "admin"), User("bob", "admin", False), User("cy", "devops"), User("di", "guest"), "x"]:
    print(access(u))
