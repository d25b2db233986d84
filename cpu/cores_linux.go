package cpu

import (
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// physicalCores counts the distinct (package, core) pairs of the CPUs in the
// process's affinity mask, from sysfs; 0 when that cannot be read.
func physicalCores() int {
	var set unix.CPUSet
	if err := unix.SchedGetaffinity(0, &set); err != nil {
		return 0
	}
	cores := map[string]bool{}
	for c := 0; c < 1024; c++ {
		if !set.IsSet(c) {
			continue
		}
		dir := "/sys/devices/system/cpu/cpu" + strconv.Itoa(c) + "/topology/"
		pkg, err1 := os.ReadFile(dir + "physical_package_id")
		core, err2 := os.ReadFile(dir + "core_id")
		if err1 != nil || err2 != nil {
			return 0
		}
		cores[strings.TrimSpace(string(pkg))+"/"+strings.TrimSpace(string(core))] = true
	}
	return len(cores)
}
