# An upgrade script as people write them with Netmiko, unmodified: file_transfer() puts the image, then
# boot system, write memory and reload (send_command_timing through the confirm dialogs); after the reboot
# it connects again and reads show version. Prints "reloading" once the device took the reload and waits for a
# line on stdin before reconnecting (the test sends it once the console shows the boot is over, where a
# script of its own would retry on a timer). Ends by printing what it saw as JSON.
# Arguments: port, username, password, enable secret, local image, name on flash.
import json
import sys

from netmiko import ConnectHandler, file_transfer

port, user, password, secret, source, name = (
    int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6])
device = dict(device_type="cisco_ios", host="127.0.0.1", port=port, username=user, password=password,
              secret=secret, timeout=30)

conn = ConnectHandler(**device)
conn.enable()
transfer = file_transfer(conn, source_file=source, dest_file=name, file_system="flash:", direction="put")
boot = conn.send_config_set(["boot system flash:" + name])
saved = conn.send_command_timing("write memory")
dialog = conn.send_command_timing("reload")
if "Save?" in dialog:
    dialog += conn.send_command_timing("no")
if "confirm" in dialog:
    try:
        dialog += conn.send_command_timing("\n")
    except (OSError, EOFError):
        pass  # the device closed the session as it went down
try:
    conn.disconnect()
except (OSError, EOFError):
    pass

print("reloading", flush=True)
sys.stdin.readline()

conn = ConnectHandler(**device)
conn.enable()
version = conn.send_command("show version")
conn.disconnect()
print(json.dumps({"transfer": transfer, "boot": boot, "saved": saved, "dialog": dialog,
                  "version": version}), flush=True)
