package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.math.BigDecimal;
import java.util.List;

/** One criterion of {@code assurance.methodology.criteria.<id>}: direction, weight and five descriptors. */
@EachProperty("assurance.methodology.criteria")
public class CriterionConfig {

    private final String id;
    private String direction;
    private BigDecimal weight;
    private List<String> descriptors = List.of();

    public CriterionConfig(@Parameter String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public List<String> getDescriptors() {
        return descriptors;
    }

    public void setDescriptors(List<String> descriptors) {
        this.descriptors = descriptors;
    }
}
