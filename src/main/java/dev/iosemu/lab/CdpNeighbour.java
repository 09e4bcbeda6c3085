package dev.iosemu.lab;

/**
 * A neighbour heard on one interface by CDP.
 *
 * @param advert what the neighbour says of itself
 * @param localInterface the interface it was heard on
 * @param portId the neighbour's interface at the far end of the cable
 * @param holdtime seconds left before the entry would expire (it is refreshed every 60 s, from 180)
 */
public record CdpNeighbour(CdpAdvert advert, String localInterface, String portId, int holdtime) {}
