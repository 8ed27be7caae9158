// Time instants: the wall clock with an optional monotonic reading,
// fixed-offset Locations, calendar fields, arithmetic, and Sleep.

package time

import "errors"

// walltime stores the wall clock (seconds and nanoseconds since the Unix
// epoch).
//
//go:noescape
//rgo:runtime rt_walltime
func walltime(sec *int64, nsec *int32)

// nanotime returns the monotonic clock in nanoseconds.
//
//rgo:runtime rt_nanotime
func nanotime() int64

// Sleep pauses the current goroutine for at least the duration d. A
// negative or zero duration causes Sleep to return immediately.
//
//rgo:runtime rt_nanosleep
func Sleep(d Duration)

// A Month specifies a month of the year (January = 1, ...).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int(d)) + ")"
}

// A Location maps time instants to the zone in use at that time. rgo
// knows fixed zones only: UTC, FixedZone results, the zones Parse
// fabricates for numeric offsets and abbreviations, and Local, which is
// UTC (the zone gc reads from /etc/localtime on a UTC machine, named
// "UTC"). No tzdata is read, so LoadLocation accepts only "", "UTC" and
// "Local".
type Location struct {
	name   string // what String returns
	zone   string // the abbreviation Format's MST prints
	offset int    // seconds east of UTC
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var utcLoc = Location{"UTC", "UTC", 0}

// Local represents the system's local time zone; rgo treats it as UTC.
var Local *Location = &localLoc

var localLoc = Location{"Local", "UTC", 0}

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information,
// corresponding to the name argument to LoadLocation or FixedZone.
func (l *Location) String() string { return l.get().name }

// unnamedFixedZones caches FixedZone("", h hours) for h in [-12, 14], so
// that, as in gc, such calls return the same *Location.
var unnamedFixedZones [27]*Location

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	hour := offset / 60 / 60
	if name == "" && -12 <= hour && hour <= 14 && hour*60*60 == offset {
		l := unnamedFixedZones[hour+12]
		if l == nil {
			l = &Location{"", "", offset}
			unnamedFixedZones[hour+12] = l
		}
		return l
	}
	return &Location{name, name, offset}
}

var errLocation = errors.New("time: invalid location name")

// LoadLocation returns the Location with the given name: "" or "UTC"
// give UTC, "Local" gives Local. rgo reads no time zone database, so any
// other name is reported as unknown.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errLocation
	}
	return nil, errors.New("unknown time zone " + name)
}

// containsDotDot reports whether s contains "..".
func containsDotDot(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// A Time represents an instant in time with nanosecond precision.
//
// sec counts seconds since January 1, year 1 00:00:00 UTC (so the zero
// Time is that instant, as in gc); mono, when hasMono is set, is a
// monotonic clock reading in nanoseconds since process start; loc is the
// Location used for display (nil means UTC, as in gc, so that Times in
// UTC compare equal with ==).
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64
	loc     *Location
}

// setLoc sets the location associated with the time (stripping the
// monotonic reading, as gc does).
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// stripMono strips the monotonic clock reading in t.
func (t *Time) stripMono() {
	t.hasMono = false
	t.mono = 0
}

// addSec adds d seconds to the time.
func (t *Time) addSec(d int64) {
	sum := t.sec + d
	if (sum > t.sec) == (d > 0) {
		t.sec = sum
	} else if d > 0 {
		t.sec = 1<<63 - 1
	} else {
		t.sec = -(1<<63 - 1)
	}
}

// locabs returns the zone abbreviation and offset in effect for t and t's
// seconds since January 1, year 1 in that zone (the presentation clock).
func (t Time) locabs() (name string, offset int, abs int64) {
	l := t.loc.get()
	return l.zone, l.offset, t.sec + int64(l.offset)
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	// unixToInternal is the number of seconds between year 1 and 1970.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
)

// startNano is the monotonic reading at start-up (gc prints m=± relative
// to it).
var startNano int64 = nanotime() - 1

// Now returns the current local time (UTC in rgo).
func Now() Time {
	var sec int64
	var nsec int32
	walltime(&sec, &nsec)
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: nanotime() - startNano, loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time, sec
// seconds and nsec nanoseconds since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time,
// msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

// UnixMicro returns the local Time corresponding to the given Unix time,
// usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, (usec%1e6)*1e3)
}

// Since returns the time elapsed since t. It is shorthand for
// time.Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t. It is shorthand for
// t.Sub(time.Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns t as a Unix time, the number of seconds elapsed since
// January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + int64(t.nsec) }

// Nanosecond returns the nanosecond offset within the second specified by
// t, in the range [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1,
// year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t with the location set to local time (UTC in rgo).
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same time instant, but with the
// copy's location information set to loc for display purposes. In panics
// if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	l := t.loc
	if l == nil {
		l = UTC
	}
	return l
}

// Zone computes the time zone in effect at time t, returning the
// abbreviated name of the zone (such as "CET") and its offset in seconds
// east of UTC.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// IsDST reports whether the time in the configured location is in
// Daylight Savings Time (never, for rgo's fixed zones).
func (t Time) IsDST() bool { return false }

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			// Monotonic clock reading now out of range; degrade to wall-only.
			t.hasMono = false
			t.mono = 0
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns the duration t-u. If the result exceeds the maximum (or
// minimum) value that can be stored in a Duration, the maximum (or
// minimum) duration will be returned.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		te := t.mono
		ue := u.mono
		d := Duration(te - ue)
		if d < 0 && te > ue {
			return maxDuration // t - u is positive out of range
		}
		if d > 0 && te < ue {
			return minDuration // t - u is negative out of range
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Check for overflow or underflow.
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // t - u is negative out of range
	default:
		return maxDuration // t - u is positive out of range
	}
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare compares the time instant t with u: -1 if t is before u, 0 if
// equal, +1 if after.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Truncate returns the result of rounding t down to a multiple of d
// (since the zero time). If d <= 0, Truncate returns t stripped of any
// monotonic clock reading but otherwise unchanged.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d
// (since the zero time). The rounding behavior for halfway values is to
// round up. If d <= 0, Round returns t stripped of any monotonic clock
// reading but otherwise unchanged.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div divides t by d and returns the quotient parity and remainder (gc's
// algorithm, on seconds since the zero time).
func div(t Time, d Duration) (qmod2 int, r Duration) {
	neg := false
	nsec := t.nsec
	sec := t.sec
	if sec < 0 {
		// Operate on absolute value.
		neg = true
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec-- // sec >= 1 before the -- so safe
		}
	}

	switch {
	// Special case: 2d divides 1 second.
	case d < Second && Second%(d+d) == 0:
		qmod2 = int(nsec/int32(d)) & 1
		r = Duration(nsec % int32(d))

	// Special case: d is a multiple of 1 second.
	case d%Second == 0:
		d1 := int64(d / Second)
		qmod2 = int(sec/d1) & 1
		r = Duration(sec%d1)*Second + Duration(nsec)

	// General case: nanoseconds as a 128-bit number.
	default:
		sec := uint64(sec)
		tmp := (sec >> 32) * 1e9
		u1 := tmp >> 32
		u0 := tmp << 32
		tmp = (sec & 0xFFFFFFFF) * 1e9
		u0x, u0 := u0, u0+tmp
		if u0 < u0x {
			u1++
		}
		u0x, u0 = u0, u0+uint64(nsec)
		if u0 < u0x {
			u1++
		}

		// Compute remainder by subtracting r<<k for decreasing k.
		// Quotient parity is whether we subtract on last round.
		d1 := uint64(d)
		for d1>>63 != 1 {
			d1 <<= 1
		}
		d0 := uint64(0)
		for {
			qmod2 = 0
			if u1 > d1 || u1 == d1 && u0 >= d0 {
				// subtract
				qmod2 = 1
				u0x, u0 = u0, u0-d0
				if u0 > u0x {
					u1--
				}
				u1 -= d1
			}
			if d1 == 0 && d0 == uint64(d) {
				break
			}
			d0 >>= 1
			d0 |= (d1 & 1) << 63
			d1 >>= 1
		}
		r = Duration(u0)
	}

	if neg && r != 0 {
		qmod2 ^= 1
		r = d - r
	}
	return
}

// civil converts days since January 1, year 1 to a (year, month, day)
// triple of the proleptic Gregorian calendar (Hinnant's algorithm, on
// days shifted to start at March 1, year 0).
func civil(days int64) (year int, month Month, day int) {
	z := days + 306 // days since March 1, year 0
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365]
	mp := (5*doy + 2) / 153                  // [0, 11]
	d := doy - (153*mp+2)/5 + 1              // [1, 31]
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil is the inverse of civil.
func daysFromCivil(year int, month Month, day int) int64 {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	m := int64(month)
	if m > 2 {
		m -= 3
	} else {
		m += 9
	}
	doy := (153*m+2)/5 + int64(day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306
}

// absDays returns the days since January 1, year 1 of abs, a count of
// seconds since then (floored).
func absDays(abs int64) int64 {
	d := abs / secondsPerDay
	if abs < 0 && abs%secondsPerDay != 0 {
		d--
	}
	return d
}

// days returns the days since January 1, year 1 of t's presentation
// clock (t's zone applied).
func (t Time) days() int64 {
	_, _, abs := t.locabs()
	return absDays(abs)
}

// absClock returns the hour, minute and second within the day of abs.
func absClock(abs int64) (hour, min, sec int) {
	s := abs - absDays(abs)*secondsPerDay
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// weekdayOf returns the weekday of days since January 1, year 1 (a
// Monday).
func weekdayOf(days int64) Weekday {
	w := (days + 1) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// yearDay returns the day of the year, in [1, 366], of days.
func yearDay(days int64) int {
	y, _, _ := civil(days)
	return int(days-daysFromCivil(y, January, 1)) + 1
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) { return civil(t.days()) }

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday { return weekdayOf(t.days()) }

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
// Week ranges from 1 to 53.
func (t Time) ISOWeek() (year, week int) {
	days := t.days()
	// The Thursday of t's week (weeks start on Monday) decides the year.
	thu := days + int64(Thursday-((weekdayOf(days-1))+1))
	year, _, _ = civil(thu)
	return year, (yearDay(thu)-1)/7 + 1
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int { return yearDay(t.days()) }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, _, abs := t.locabs()
	return absClock(abs)
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in the
// range [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in
// the range [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in the zone of loc. Values outside their usual ranges are
// normalized, as in gc. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Normalize month, overflowing into year.
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	// Normalize nsec, sec, min, hour, overflowing into day.
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(year, month, 1) + int64(day-1)
	abs := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	t := Time{sec: abs - int64(loc.offset), nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

// isLeap reports whether year is a leap year.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore returns the number of days in a non-leap year before month
// m; daysBefore(December+1) returns 365.
func daysBefore(m Month) int {
	adj := 0
	if m >= March {
		adj = -2
	}
	return (214*int(m)-211)/7 + adj
}

// daysIn returns the number of days in month m of year.
func daysIn(m Month, year int) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	return 30 + int((m+m>>3)&1)
}

// norm returns nhi, nlo such that hi * base + lo == nhi * base + nlo and
// 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST", followed by " m=±<value>"
// when t has a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m2 := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		buf := make([]byte, 0, 24)
		buf = append(buf, " m="...)
		buf = append(buf, sign)
		wid := 0
		if m0 != 0 {
			buf = appendInt(buf, int(m0), 0)
			wid = 9
		}
		buf = appendInt(buf, int(m1), wid)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m2), 9)
		s += string(buf)
	}
	return s
}

// appendInt appends the decimal form of x to b. If the decimal form
// (excluding sign) is shorter than width, it is padded with leading 0's.
func appendInt(b []byte, x int, width int) []byte {
	u := uint(x)
	if x < 0 {
		b = append(b, '-')
		u = uint(-x)
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func itoa(x int) string { return string(appendInt(nil, x, 0)) }

// AddDate returns t moved by the given numbers of years, months and days,
// normalised like Date: October 31 plus one month is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
