package dev.iosemu.device.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RunningConfigTest {
    private static UserAccount user(String name) {
        return new UserAccount(name, OptionalInt.empty(), Optional.empty(), Optional.of(StoredPassword.clear("p")));
    }

    private static StaticRoute route(int third) {
        return new StaticRoute(
                Ipv4Address.parse("172.16." + third + ".0"),
                Ipv4Address.parse("255.255.255.0"),
                Ipv4Address.parse("192.168.1.254"));
    }

    private static RunningConfig withTables() {
        return RunningConfig.factory("R1", List.of(), List.of()).toBuilder()
                .security(s -> s.withUser(user("a")).withUser(user("b")))
                .routing(r -> r.withRoute(route(1)))
                .names(n -> n.withHost(new HostEntry("lab", List.of(Ipv4Address.parse("192.168.1.10")))))
                .build();
    }

    /** Copying every table at each command made a configuration load quadratic in its length. */
    @Test
    void aChangeSharesTheTablesItDoesNotTouchInsteadOfCopyingThem() {
        RunningConfig config = withTables();

        RunningConfig changed = config.toBuilder().hostname("R2").build();

        assertThat(changed.security().users()).isSameAs(config.security().users());
        assertThat(changed.routing().routes()).isSameAs(config.routing().routes());
        assertThat(changed.names().hosts()).isSameAs(config.names().hosts());
    }

    @Test
    void usersRoutesAndHostsKeepTheirIosSemantics() {
        RunningConfig config = withTables().toBuilder()
                .security(s -> s.withUser(new UserAccount(
                                "a", OptionalInt.of(15), Optional.empty(), Optional.of(StoredPassword.clear("q"))))
                        .withoutUser("b"))
                .routing(r -> r.withRoute(route(1)).withRoute(route(2)).withoutRoute(route(9)))
                .names(n -> n.withHost(new HostEntry("LAB", List.of(Ipv4Address.parse("10.0.0.1")))))
                .build();

        assertThat(config.security().users()).extracting(UserAccount::name).containsExactly("a");
        assertThat(config.security().users().getFirst().privilege()).hasValue(15);
        assertThat(config.routing().routes()).containsExactly(route(1), route(2));
        assertThat(config.names().hosts()).extracting(HostEntry::name).containsExactly("LAB");
        assertThat(config.names().host("lab")).contains(Ipv4Address.parse("10.0.0.1"));
        assertThat(config.names().withoutHost("Lab").hosts()).isEmpty();
    }
}
