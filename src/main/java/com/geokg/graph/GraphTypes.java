package com.geokg.graph;

import java.util.List;

import com.geokg.graph.query.NodeType;

/** Each domain package contributes the node types it owns as an {@code @ApplicationScoped} bean. */
public interface GraphTypes {

    List<NodeType> types();
}
