package names_test

import (
	"fmt"

	"github.com/bansift/bansift/names"
)

func ExampleMatcher_NearMiss() {
	m, ok := names.Default().NearMiss("Yoshihidi Soja")
	fmt.Println(ok, m.Known, m.Role, m.Country, m.Distance, m.Confusions)
	// Output: true Yoshihide Suga chief cabinet secretary JP 0.75 [e/i u/o g/j]
}

func ExampleCollapseRepeats() {
	fmt.Println(names.CollapseRepeats("equipment by Huawei Technologies Technologies"))
	// Output: equipment by Huawei Technologies
}
