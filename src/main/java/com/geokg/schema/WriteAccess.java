package com.geokg.schema;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;

import io.smallrye.mutiny.Uni;

/**
 * The role check of every generated mutation: Quarkus' own {@code @RolesAllowed}, applied to the
 * caller's identity without blocking (the check completes when the identity is known, which with
 * lazy authentication may take an authentication round). No identity is {@code unauthorized}, an
 * identity without the role {@code forbidden}, a refused credential a 401.
 */
@ApplicationScoped
@Unremovable // looked up by the generated data fetchers, which are not beans
public class WriteAccess {

    @RolesAllowed("editor")
    public Uni<Void> editor() {
        return Uni.createFrom().voidItem();
    }
}
