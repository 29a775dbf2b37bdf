# A stand-in desktop notification service for CronDaemonIT: it owns org.freedesktop.Notifications on the session
# bus named by DBUS_SESSION_BUS_ADDRESS and writes each notification as one line "app|summary|body" to the file
# given as its argument. Run with Debian's python3 (python3-dbus, python3-gi).
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

INTERFACE = "org.freedesktop.Notifications"


class Notifications(dbus.service.Object):
    def __init__(self, bus, out):
        self.name = dbus.service.BusName(INTERFACE, bus, do_not_queue=True)
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.out = out
        self.count = 0

    @dbus.service.method(INTERFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.count += 1
        with open(self.out, "a", encoding="utf-8") as f:
            f.write(f"{app}|{summary}|{body}\n")
        return self.count

    @dbus.service.method(INTERFACE, out_signature="as")
    def GetCapabilities(self):
        return ["body"]

    @dbus.service.method(INTERFACE, out_signature="ssss")
    def GetServerInformation(self):
        return ("stand-in", "steady", "1", "1.2")

    @dbus.service.method(INTERFACE, in_signature="u")
    def CloseNotification(self, id):
        pass


DBusGMainLoop(set_as_default=True)
service = Notifications(dbus.SessionBus(), sys.argv[1])
print("ready", flush=True)
GLib.MainLoop().run()
