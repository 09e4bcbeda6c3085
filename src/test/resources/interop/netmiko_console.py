# Drives one lab node through its telnet console port with Netmiko's cisco_ios_telnet, as an automation
# script drives a GNS3 or EVE-NG console: log in (RETURN), enable, a show command and a configuration change.
#   netmiko_console.py PORT
import sys

from netmiko import ConnectHandler

port = int(sys.argv[1])
device = ConnectHandler(
    device_type="cisco_ios_telnet", host="127.0.0.1", port=port, username="", password="", secret="cisco"
)
device.enable()
print("PROMPT " + device.find_prompt())
version = device.send_command("show version")
print("VERSION " + next(line for line in version.splitlines() if "Cisco IOS Software" in line))
device.send_config_set(["interface GigabitEthernet0/1" if "R" in device.find_prompt() else "interface Vlan1",
                        "description set by netmiko"])
print("CONFIG " + device.send_command("show running-config | include description set by"))
device.disconnect()
