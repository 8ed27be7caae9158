// Time instants: the wall clock (UTC only) with an optional monotonic
// reading, calendar fields, arithmetic, and Sleep.

package time

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
// supports UTC only; Local is UTC.
type Location struct {
	name string
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

var utcLoc = Location{"UTC"}

// Local represents the system's local time zone; rgo treats it as UTC.
var Local *Location = &localLoc

var localLoc = Location{"Local"}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return l.name }

// A Time represents an instant in time with nanosecond precision.
//
// sec counts seconds since January 1, year 1 00:00:00 UTC (so the zero
// Time is that instant, as in gc); mono, when hasMono is set, is a
// monotonic clock reading in nanoseconds since process start.
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64
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
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: nanotime() - startNano}
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
	return Time{sec: sec + unixToInternal, nsec: int32(nsec)}
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
func (t Time) UTC() Time { return t }

// Local returns t with the location set to local time (UTC in rgo).
func (t Time) Local() Time { return t }

// Location returns the time zone information associated with t.
func (t Time) Location() *Location { return UTC }

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

// Round returns t stripped of any monotonic clock reading when d <= 0
// (the only use rgo supports; other d panic).
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		t.hasMono = false
		t.mono = 0
		return t
	}
	panic("time: Round with d > 0 is not supported by rgo yet")
}

// Truncate returns t stripped of any monotonic clock reading when d <= 0
// (the only use rgo supports; other d panic).
func (t Time) Truncate(d Duration) Time {
	return t.Round(d)
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

func (t Time) days() int64 {
	d := t.sec / secondsPerDay
	if t.sec < 0 && t.sec%secondsPerDay != 0 {
		d--
	}
	return d
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
func (t Time) Weekday() Weekday {
	// January 1, year 1 was a Monday.
	w := (t.days() + 1) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in the range [1,365]
// for non-leap years, and [1,366] in leap years.
func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(t.days()-daysFromCivil(y, January, 1)) + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	s := t.sec - t.days()*secondsPerDay
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
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
// nanoseconds in UTC (loc is ignored: rgo supports UTC only). Values
// outside their usual ranges are normalized, as in gc.
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
	return Time{sec: abs, nsec: int32(nsec)}
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

// String returns the time formatted as gc's Time.String does for UTC:
// "2006-01-02 15:04:05.999999999 +0000 UTC", followed by " m=±<value>"
// when t has a monotonic clock reading.
func (t Time) String() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	var b []byte
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = appendInt(b, y, 4)
	b = append(b, '-')
	b = appendInt(b, int(mo), 2)
	b = append(b, '-')
	b = appendInt(b, d, 2)
	b = append(b, ' ')
	b = appendInt(b, h, 2)
	b = append(b, ':')
	b = appendInt(b, mi, 2)
	b = append(b, ':')
	b = appendInt(b, s, 2)
	if t.nsec != 0 {
		frac := appendInt(nil, int(t.nsec), 9)
		n := len(frac)
		for n > 0 && frac[n-1] == '0' {
			n--
		}
		b = append(b, '.')
		b = append(b, frac[:n]...)
	}
	b = append(b, " +0000 UTC"...)
	if t.hasMono {
		m2 := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m2 = -m2
		}
		m1, m2 := m2/1e9, m2%1e9
		m0, m1 := m1/1e9, m1%1e9
		b = append(b, " m="...)
		b = append(b, sign)
		wid := 0
		if m0 != 0 {
			b = appendInt(b, int(m0), 0)
			wid = 9
		}
		b = appendInt(b, int(m1), wid)
		b = append(b, '.')
		b = appendInt(b, int(m2), 9)
	}
	return string(b)
}

// appendInt appends the decimal form of x (x >= 0) to b, left-padded with
// zeros to width.
func appendInt(b []byte, x int, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for x >= 10 {
		i--
		buf[i] = byte('0' + x%10)
		x /= 10
	}
	i--
	buf[i] = byte('0' + x)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

func itoa(x int) string {
	if x < 0 {
		return "-" + string(appendInt(nil, -x, 0))
	}
	return string(appendInt(nil, x, 0))
}

// AddDate returns t moved by the given numbers of years, months and days,
// normalised like Date: October 31 plus one month is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
