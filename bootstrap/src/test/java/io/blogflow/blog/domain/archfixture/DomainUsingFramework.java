package io.blogflow.blog.domain.archfixture;

/** Deliberately broken: a domain class using Quarkus and Jakarta. Only the bite test imports it. */
@jakarta.inject.Singleton
public class DomainUsingFramework {

    public io.quarkus.runtime.StartupEvent startup;
}
